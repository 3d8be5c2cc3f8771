package cn.shanghai.achievements.seed;

import cn.shanghai.achievements.model.Institution;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds which institutions a text names, by any of their names or aliases. Matches may not overlap and the longer
 * wins, so that a name inside a longer one («国航» in «中国航天科技集团») is not taken for that institution; the
 * extraction's letter-spacing is ignored («上 海 石 化» names 上海石化), and a Latin name counts only as a whole word.
 */
final class InstitutionNames {

    private record Form(String text, String id) {}

    private record Match(int start, int end, String id) {}

    /** The forms by their first two characters (every form has at least two), longest first. */
    private final Map<String, List<Form>> byStart;

    private InstitutionNames(Map<String, List<Form>> byStart) {
        this.byStart = byStart;
    }

    static InstitutionNames of(Collection<Institution> institutions) {
        Map<String, List<Form>> byStart = new HashMap<>();
        for (Institution i : institutions) {
            if (i == null || i.id() == null) {
                continue;
            }
            Set<String> texts = new LinkedHashSet<>();
            if (i.name() != null) {
                texts.add(i.name().zhHans());
                texts.add(i.name().zhHant());
            }
            texts.addAll(i.aliases());
            for (String t : texts) {
                String compact = compact(t);
                if (compact.length() >= 2
                        && compact.codePointCount(0, compact.length()) >= SeedValidator.MIN_NAMED_LENGTH) {
                    byStart.computeIfAbsent(compact.substring(0, 2), k -> new ArrayList<>())
                            .add(new Form(compact, i.id()));
                }
            }
        }
        byStart.values()
                .forEach(l -> l.sort(
                        Comparator.comparingInt((Form f) -> f.text().length()).reversed()));
        return new InstitutionNames(byStart);
    }

    /** The ids of the institutions the texts name, in the order of the texts. */
    Set<String> named(Collection<String> texts) {
        Set<String> ids = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            String t = compact(text);
            // every occurrence of every form, then the longest first where they overlap
            List<Match> found = new ArrayList<>();
            for (int at = 0; at + 1 < t.length(); at++) {
                List<Form> candidates = byStart.get(t.substring(at, at + 2));
                if (candidates == null) {
                    continue;
                }
                for (Form f : candidates) {
                    int end = at + f.text().length();
                    if (t.startsWith(f.text(), at) && wholeWord(t, at, end)) {
                        found.add(new Match(at, end, f.id()));
                    }
                }
            }
            found.sort(Comparator.comparingInt((Match m) -> m.end() - m.start()).reversed());
            boolean[] taken = new boolean[t.length()];
            for (Match m : found) {
                if (free(taken, m.start(), m.end())) {
                    for (int k = m.start(); k < m.end(); k++) {
                        taken[k] = true;
                    }
                    ids.add(m.id());
                }
            }
        }
        return ids;
    }

    private static boolean free(boolean[] taken, int from, int to) {
        for (int k = from; k < to; k++) {
            if (taken[k]) {
                return false;
            }
        }
        return true;
    }

    /** A Latin name starts and ends at a word's edge; a Chinese one may sit anywhere. */
    private static boolean wholeWord(String t, int from, int to) {
        boolean startsLatin = latin(t.charAt(from));
        boolean endsLatin = latin(t.charAt(to - 1));
        return !(startsLatin && from > 0 && latin(t.charAt(from - 1)))
                && !(endsLatin && to < t.length() && latin(t.charAt(to)));
    }

    private static boolean latin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static String compact(String s) {
        return s == null ? "" : s.replaceAll("\\s+", "");
    }
}
