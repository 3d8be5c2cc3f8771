package cn.shanghai.achievements.seed;

import cn.shanghai.achievements.model.Institution;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds which institutions a text names, by any of their names or aliases. Matches may not overlap and the longer
 * wins, so that a name inside a longer one («国航» in «中国航天科技集团») is not taken for that institution; the
 * extraction's letter-spacing is ignored («上 海 石 化» names 上海石化), and a Latin name counts only as a whole word.
 */
final class InstitutionNames {

    private record Form(String text, String id) {}

    private final List<Form> forms;

    private InstitutionNames(List<Form> forms) {
        this.forms = forms;
    }

    static InstitutionNames of(Collection<Institution> institutions) {
        List<Form> forms = new ArrayList<>();
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
                if (compact.codePointCount(0, compact.length()) >= SeedValidator.MIN_NAMED_LENGTH) {
                    forms.add(new Form(compact, i.id()));
                }
            }
        }
        forms.sort(Comparator.comparingInt((Form f) -> f.text().length()).reversed());
        return new InstitutionNames(forms);
    }

    /** The ids of the institutions the texts name, in the order of the texts. */
    Set<String> named(Collection<String> texts) {
        Set<String> ids = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            String t = compact(text);
            boolean[] taken = new boolean[t.length()];
            for (Form f : forms) {
                for (int at = t.indexOf(f.text()); at >= 0; at = t.indexOf(f.text(), at + 1)) {
                    int end = at + f.text().length();
                    if (free(taken, at, end) && wholeWord(t, at, end)) {
                        for (int k = at; k < end; k++) {
                            taken[k] = true;
                        }
                        ids.add(f.id());
                    }
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
