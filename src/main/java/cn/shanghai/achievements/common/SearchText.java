package cn.shanghai.achievements.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Search keys and queries, folded the same way so that they compare like with like: NFKC, lower case,
 * simplified script (OpenCC's tables), no accents or tone marks. Names also get a "squashed" key (no spaces or
 * punctuation) with their Hanyu pinyin and pinyin initials, so that "xuelong", "Xue Long", "xuě lóng", "xl2",
 * "gv971" and "雪龍2號" all find their records. Keys are computed once, at load time.
 */
public final class SearchText {

    public static final int MAX_QUERY_LENGTH = 200;
    public static final int MAX_TOKENS = 8;
    private static final int MAX_PINYIN_VARIANTS = 6;
    private static final Pattern TONE_NUMBERS = Pattern.compile("([a-zv]+[1-5])+");
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final HanyuPinyinOutputFormat PINYIN = new HanyuPinyinOutputFormat();

    static {
        PINYIN.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        PINYIN.setVCharType(HanyuPinyinVCharType.WITH_V);
        PINYIN.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    }

    private SearchText() {}

    /** NFKC, lower case, simplified script, accents and tone marks removed, white space collapsed. */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        // control characters (NUL included, which PostgreSQL refuses in text) count as spaces
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\p{Cc}", " ");
        n = Simplifier.simplify(n);
        String decomposed = Normalizer.normalize(n, Normalizer.Form.NFD);
        if (decomposed.length() != n.length()) {
            n = Normalizer.normalize(
                    COMBINING.matcher(decomposed.replace("u\u0308", "v")).replaceAll(""), Normalizer.Form.NFC);
        }
        return n.replaceAll("\\s+", " ").trim();
    }

    /** The folded text with everything but letters and digits removed: "“雪龙2”号" becomes "雪龙2号", "GV-971" "gv971". */
    public static String squash(String text) {
        String f = fold(text);
        StringBuilder out = new StringBuilder(f.length());
        f.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** One key from many texts, each folded, one per line, each once. */
    public static String key(Stream<String> texts) {
        return texts.filter(Objects::nonNull)
                .map(SearchText::fold)
                .filter(s -> !s.isEmpty())
                .distinct()
                .collect(Collectors.joining("\n"));
    }

    /** The squashed key of names and aliases: each squashed, plus its pinyin readings and their initials. */
    public static String squashKey(Stream<String> names) {
        Set<String> parts = new LinkedHashSet<>();
        names.filter(Objects::nonNull).forEach(name -> {
            String s = squash(name);
            if (s.isEmpty()) {
                return;
            }
            parts.add(s);
            if (s.codePoints().anyMatch(SearchText::isHan)) {
                for (String[] reading : pinyinReadings(s)) {
                    parts.add(String.join("", reading));
                    parts.add(initials(reading));
                }
            }
        });
        return String.join("\n", parts);
    }

    /** A LIKE pattern (escape character backslash) that finds the text literally anywhere in a key. */
    public static String containsPattern(String folded) {
        StringBuilder out = new StringBuilder(folded.length() + 2).append('%');
        for (char c : folded.toCharArray()) {
            if (c == '%' || c == '_' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('%').toString();
    }

    /** A parsed query: its tokens, each folded and squashed; a record matches when every token matches. */
    public record Query(String text, String folded, String squashed, List<Token> tokens) {

        /** A record matches a token when its folded key contains {@code folded} or its squashed key contains {@code squashed}. */
        public record Token(String folded, String squashed) {}

        public boolean isEmpty() {
            return tokens.isEmpty();
        }
    }

    /**
     * What is wrong with a query text, or null when it can be searched: at most {@link #MAX_QUERY_LENGTH}
     * characters, and at least one that is not a control or format character (a query of NULs and the like would
     * otherwise fold to nothing and match everything).
     */
    public static String problem(String text) {
        if (text.codePointCount(0, text.length()) > MAX_QUERY_LENGTH) {
            return "must be at most " + MAX_QUERY_LENGTH + " characters";
        }
        boolean searchable = text.codePoints()
                .anyMatch(cp -> !Character.isISOControl(cp)
                        && Character.getType(cp) != Character.FORMAT
                        && !Character.isWhitespace(cp)
                        && !Character.isSpaceChar(cp));
        return searchable ? null : "holds nothing to search for (only control, format or space characters)";
    }

    public static Query query(String text) {
        String folded = fold(text);
        List<Query.Token> tokens = new ArrayList<>();
        for (String part : folded.split(" ")) {
            if (!part.isEmpty() && tokens.size() < MAX_TOKENS) {
                tokens.add(new Query.Token(part, squashQuery(part)));
            }
        }
        return new Query(text, folded, squashQuery(folded), List.copyOf(tokens));
    }

    /** Squashes a query; pinyin typed with tone numbers ("xue3long2") loses them. */
    static String squashQuery(String folded) {
        String s = squash(folded);
        return TONE_NUMBERS.matcher(s).matches() ? s.replaceAll("[1-5]", "") : s;
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /**
     * Pinyin readings of a squashed text, one syllable per element (non-Han characters kept as they are):
     * the usual reading first, then one variant for each other reading of a polyphonic character, so that
     * 长征 reads both zhangzheng and changzheng; bounded.
     */
    static List<String[]> pinyinReadings(String squashed) {
        int[] cps = squashed.codePoints().toArray();
        String[][] options = new String[cps.length][];
        for (int i = 0; i < cps.length; i++) {
            options[i] = readings(cps[i]);
        }
        List<String[]> out = new ArrayList<>();
        String[] first = new String[cps.length];
        for (int i = 0; i < cps.length; i++) {
            first[i] = options[i][0];
        }
        out.add(first);
        for (int i = 0; i < cps.length && out.size() < MAX_PINYIN_VARIANTS; i++) {
            for (int k = 1; k < options[i].length && out.size() < MAX_PINYIN_VARIANTS; k++) {
                String[] variant = first.clone();
                variant[i] = options[i][k];
                out.add(variant);
            }
        }
        return out;
    }

    /** Readings already looked up, by Han character: pinyin4j formats every reading anew, and a large seed asks often. */
    private static final ConcurrentHashMap<Integer, String[]> READINGS = new ConcurrentHashMap<>();

    /** The distinct toneless readings of one character (the array is shared: never change it). */
    private static String[] readings(int cp) {
        if (!isHan(cp) || Character.charCount(cp) != 1) {
            return new String[] {new String(Character.toChars(cp))};
        }
        return READINGS.computeIfAbsent(cp, SearchText::lookUpReadings);
    }

    private static String[] lookUpReadings(int cp) {
        try {
            String[] r = PinyinHelper.toHanyuPinyinStringArray((char) cp, PINYIN);
            if (r == null || r.length == 0) {
                return new String[] {new String(Character.toChars(cp))};
            }
            return Stream.of(r).distinct().toArray(String[]::new);
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            return new String[] {new String(Character.toChars(cp))};
        }
    }

    private static String initials(String[] syllables) {
        StringBuilder b = new StringBuilder();
        for (String s : syllables) {
            if (!s.isEmpty()) {
                char c = s.charAt(0);
                // digits and Latin letters in a name stay whole: 雪龙2 gives xl2, C919大型客机 gives c919dxkj
                if (s.length() == 1 || !Character.isLetter(c) || isHan(c)) {
                    b.append(s);
                } else {
                    b.append(c);
                }
            }
        }
        return b.toString();
    }

    /** Traditional to simplified, character by character, from OpenCC's table (in the opencc4j jar), read once. */
    static final class Simplifier {

        private static final String TABLE = "data/dictionary/TSCharacters.txt";
        private static final int FROM = 0x3400;
        private static final int TO = 0x9FFF;
        private static volatile char[] table;

        static String simplify(String s) {
            char[] t = table();
            char[] chars = null;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= FROM && c <= TO && t[c - FROM] != c) {
                    if (chars == null) {
                        chars = s.toCharArray();
                    }
                    chars[i] = t[c - FROM];
                }
            }
            return chars == null ? s : new String(chars);
        }

        private static char[] table() {
            char[] t = table;
            if (t == null) {
                synchronized (Simplifier.class) {
                    t = table;
                    if (t == null) {
                        t = build();
                        table = t;
                    }
                }
            }
            return t;
        }

        /** Reads OpenCC's traditional-to-simplified character table, as shipped in the opencc4j jar. */
        private static char[] build() {
            char[] t = new char[TO - FROM + 1];
            for (int c = FROM; c <= TO; c++) {
                t[c - FROM] = (char) c;
            }
            try (InputStream in = SearchText.class.getClassLoader().getResourceAsStream(TABLE)) {
                if (in == null) {
                    throw new IllegalStateException("OpenCC table " + TABLE + " is not on the classpath");
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                for (String line : text.split("\\R")) {
                    int tab = line.indexOf('\t');
                    if (tab == 1 && line.length() > 2) {
                        char traditional = line.charAt(0);
                        char simplified = line.charAt(2);
                        if (traditional >= FROM && traditional <= TO && !Character.isSurrogate(simplified)) {
                            t[traditional - FROM] = simplified;
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return t;
        }
    }
}
