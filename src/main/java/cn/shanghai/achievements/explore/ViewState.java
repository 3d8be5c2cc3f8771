package cn.shanghai.achievements.explore;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole state of a search view, as its URL holds it: every link on the page is this state with one change (a
 * facet value toggled, another page, sort or language), so that a copied URL reproduces the view.
 */
final class ViewState {

    static final List<String> MULTI = List.of("category", "sector", "milestone");

    private final Map<String, List<String>> values = new LinkedHashMap<>();

    ViewState(
            String q,
            List<String> category,
            List<String> sector,
            List<String> milestone,
            String year,
            String sort,
            String lang) {
        put("q", q);
        values.put("category", clean(category));
        values.put("sector", clean(sector));
        values.put("milestone", clean(milestone));
        put("year", year);
        put("sort", sort);
        put("lang", lang);
    }

    private ViewState(Map<String, List<String>> from) {
        from.forEach((k, v) -> values.put(k, new ArrayList<>(v)));
    }

    private void put(String name, String value) {
        values.put(
                name, value == null || value.isBlank() ? new ArrayList<>() : new ArrayList<>(List.of(value.strip())));
    }

    private static List<String> clean(List<String> raw) {
        List<String> out = new ArrayList<>();
        if (raw != null) {
            for (String r : raw) {
                for (String v : r.split(",")) {
                    if (!v.isBlank() && !out.contains(v.strip())) {
                        out.add(v.strip());
                    }
                }
            }
        }
        return out;
    }

    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    String one(String name) {
        List<String> v = all(name);
        return v.isEmpty() ? null : v.get(0);
    }

    boolean has(String name, String value) {
        return all(name).contains(value);
    }

    /** This state with a value of a dimension switched on or off (and back to the first page). */
    ViewState toggle(String name, String value) {
        ViewState s = new ViewState(values);
        List<String> v = s.values.get(name);
        if (v.contains(value)) {
            v.remove(value);
        } else if (MULTI.contains(name)) {
            v.add(value);
        } else {
            v.clear();
            v.add(value);
        }
        return s;
    }

    ViewState with(String name, String value) {
        ViewState s = new ViewState(values);
        s.put(name, value);
        return s;
    }

    ViewState without(String... names) {
        ViewState s = new ViewState(values);
        for (String n : names) {
            s.values.put(n, new ArrayList<>());
        }
        return s;
    }

    /** The query string of this state (without page unless given), for a path. */
    String url(String path, int page) {
        StringBuilder b = new StringBuilder();
        values.forEach((k, vs) -> vs.forEach(v -> b.append(b.isEmpty() ? '?' : '&')
                .append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8))));
        if (page > 1) {
            b.append(b.isEmpty() ? '?' : '&').append("page=").append(page);
        }
        return path + b;
    }

    String url(String path) {
        return url(path, 1);
    }
}
