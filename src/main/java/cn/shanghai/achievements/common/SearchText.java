package cn.shanghai.achievements.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Search keys: texts folded (NFKC, lower case, collapsed white space) once at load time, so queries compare like with like. */
public final class SearchText {

    public static final int MAX_QUERY_LENGTH = 200;

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return n.replaceAll("\\s+", " ").trim();
    }

    /** One key from many texts, one per line. */
    public static String key(Stream<String> texts) {
        return texts.filter(Objects::nonNull).map(SearchText::fold).filter(s -> !s.isEmpty()).distinct()
                .collect(Collectors.joining("\n"));
    }

    /** A LIKE pattern (escape character backslash) that finds the folded query literally anywhere in a key. */
    public static String containsPattern(String query) {
        String folded = fold(query);
        StringBuilder out = new StringBuilder(folded.length() + 2).append('%');
        for (char c : folded.toCharArray()) {
            if (c == '%' || c == '_' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('%').toString();
    }
}
