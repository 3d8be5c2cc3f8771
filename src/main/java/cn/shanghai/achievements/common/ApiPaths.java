package cn.shanghai.achievements.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The public paths of the API, in one place, for links in representations. */
public final class ApiPaths {

    public static final String BASE = "/api/v1";

    private ApiPaths() {}

    /** Named links in the order given, so that a representation's bytes are the same on every instance. */
    public static Map<String, String> links(String... nameThenHref) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i + 1 < nameThenHref.length; i += 2) {
            out.put(nameThenHref[i], nameThenHref[i + 1]);
        }
        return Collections.unmodifiableMap(out);
    }

    public static String achievement(String id) {
        return BASE + "/achievements/" + id;
    }

    public static String institution(String id) {
        return BASE + "/institutions/" + id;
    }

    public static String source(String id) {
        return BASE + "/sources/" + id;
    }
}
