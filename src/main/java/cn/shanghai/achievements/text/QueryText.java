package cn.shanghai.achievements.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A text query as the search reads it: its key (the whole query folded to letters and digits, for exact and prefix
 * matches against names) and its words, each of which must match. A word of Latin letters may be pinyin (with
 * tone marks or numbers or without); one of Han characters matches by bigrams.
 */
public record QueryText(String raw, String key, List<Word> words) {

    public static final int MAX_LENGTH = 200;
    public static final int MAX_WORDS = 8;

    /** One word of the query: as typed (folded to NFKC), its key, and the pinyin syllables it spells, if any. */
    public record Word(String text, String key, List<String> syllables) {

        /** Whether it is made of Latin letters and digits only (pinyin, English, a code). */
        public boolean latin() {
            return !key.isEmpty() && key.chars().allMatch(c -> c < 128);
        }
    }

    /**
     * What is wrong with a query text, or null when it can be searched: at most {@link #MAX_LENGTH} characters, and
     * at least one that is not a control, format or space character (a query of NULs and the like would otherwise
     * fold to nothing and match everything).
     */
    public static String problem(String text) {
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            return "must be at most " + MAX_LENGTH + " characters";
        }
        boolean searchable = text.codePoints()
                .anyMatch(cp -> !Character.isISOControl(cp)
                        && Character.getType(cp) != Character.FORMAT
                        && !Character.isWhitespace(cp)
                        && !Character.isSpaceChar(cp));
        return searchable ? null : "holds nothing to search for (only control, format or space characters)";
    }

    public static QueryText parse(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC)
                .replaceAll("\\p{Cc}|\\p{Cf}", " ")
                .strip();
        List<Word> words = new ArrayList<>();
        for (String w : text.split("\\s+")) {
            Word word = word(w);
            if (!word.key().isEmpty() && words.size() < MAX_WORDS) {
                words.add(word);
            }
        }
        return new QueryText(raw, Analysis.key(text), List.copyOf(words));
    }

    /** One word (no spaces), as {@link #parse} reads it. */
    public static Word word(String w) {
        String key = Analysis.key(w);
        String letters = Pinyin.withoutToneNumbers(key.toLowerCase(Locale.ROOT));
        return new Word(w, key, key.isEmpty() ? List.of() : Pinyin.segment(letters));
    }

    /** Nothing in it can be searched for: no letters or digits at all (a query of "%" or "—"). */
    public boolean isEmpty() {
        return words.isEmpty();
    }

    /**
     * The query as a literal text, for a query with nothing to analyse (only punctuation or symbols, such as "%"):
     * NFKC, lower case, control characters removed, trimmed. Such a query matches texts that hold it as it is.
     */
    public String literal() {
        return Normalizer.normalize(raw, Normalizer.Form.NFKC)
                .replaceAll("\\p{Cc}|\\p{Cf}", "")
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    /** The whole query's key as pinyin would be typed: tone numbers dropped (xue3long2 gives xuelong). */
    public String pinyinKey() {
        return Pinyin.withoutToneNumbers(key.toLowerCase(Locale.ROOT));
    }
}
