package cn.shanghai.achievements.text;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.pattern.PatternTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * How search text is folded, for the index and the query alike, with Lucene's and ICU's own filters: NFKC with
 * case, width and accent folding (ICU), traditional to simplified script (ICU's transform, as a character map), Chinese digits as
 * Arabic ones (雪龙二号 = 雪龙2号), CJK bigrams, and for English text possessives and plurals. Names also get a key
 * (one token: folded, nothing but letters and digits) for exact and prefix matches, and codes a form without
 * punctuation (GV-971 = gv971).
 */
public final class Analysis {

    /**
     * Traditional characters to simplified ones, and Chinese digits to Arabic ones, as one character map. The map of
     * scripts is read from ICU's Traditional-Simplified transform, once, character by character: a transliterator
     * serialises every caller on its rule data, so it cannot stand in the path of every query.
     */
    private static final NormalizeCharMap FOLD = fold();
    /** Letters and digits with the punctuation codes are written with: GV-971, ARJ21-700, In0.11Ga0.89Sb. */
    private static final Pattern CODE = Pattern.compile("[\\p{IsLatin}\\p{Nd}]+(?:[-_./·][\\p{IsLatin}\\p{Nd}]+)*");

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Chinese text in any script, as indexed: unigrams and bigrams of Han characters, on the same positions. */
    public static final Analyzer CHINESE = new Chinese(true, true);
    /**
     * A query word against Chinese text, folded as the index folds it, one token per Han character: a phrase of
     * them finds the characters in a row (the index's unigrams have consecutive positions, its bigrams stand on
     * the same positions), with no token graph to expand.
     */
    public static final Analyzer CHINESE_QUERY = new Chinese(false, false);
    /** The bigrams of a query word, which score a match higher the more of them a text holds. */
    public static final Analyzer CHINESE_BIGRAMS = new Chinese(true, false);
    /** English text, index and query alike: possessives dropped, plurals to singular (alzheimers = Alzheimer's). */
    public static final Analyzer ENGLISH = new English();
    /** Codes: each run of letters and digits with its punctuation removed (GV-971 gives gv971). */
    public static final Analyzer CODES = new Codes();
    /** Pinyin syllables, already lower case and split by spaces. */
    public static final Analyzer SYLLABLES = new Syllables();

    private Analysis() {}

    /** The key of a name or query: folded, simplified, digits as Arabic, nothing but letters and digits. */
    public static String key(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        try (Reader digits = new MappingCharFilter(FOLD, new StringReader(text))) {
            StringBuilder b = new StringBuilder(text.length());
            char[] buffer = new char[256];
            for (int n; (n = digits.read(buffer)) > 0; ) {
                b.append(buffer, 0, n);
            }
            String folded = ICUFoldingFilter.NORMALIZER.normalize(b.toString());
            return NOT_LETTER_OR_DIGIT.matcher(folded).replaceAll("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tokens an analyzer makes of a text. */
    public static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Loads what analysis needs (ICU's data, the character map, the pinyin tables) by analysing a sample once. */
    public static void load() {
        String sample = "上海交通大學 雪龙二号 C919 Alzheimer's GV-971";
        for (Analyzer a : List.of(CHINESE, CHINESE_QUERY, ENGLISH, CODES)) {
            tokens(a, "", sample);
        }
        key(sample);
        Pinyin.readings(sample);
    }

    /** A token and its position in the text. */
    public record Token(String term, int position) {}

    /** The tokens an analyzer makes of a text, with their positions (a filter that drops tokens leaves gaps). */
    public static List<Token> positioned(Analyzer analyzer, String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += increment.getPositionIncrement();
                out.add(new Token(term.toString(), position));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static NormalizeCharMap fold() {
        NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
        Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
        int[][] blocks = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}};
        for (int[] block : blocks) {
            for (int cp = block[0]; cp <= block[1]; cp++) {
                String c = new String(Character.toChars(cp));
                String simplified = toSimplified.transliterate(c);
                if (!simplified.equals(c) && !simplified.isEmpty()) {
                    b.add(c, simplified);
                }
            }
        }
        String chinese = "〇一二三四五六七八九";
        for (int i = 0; i < chinese.length(); i++) {
            b.add(String.valueOf(chinese.charAt(i)), String.valueOf(i));
        }
        b.add("零", "0");
        return b.build();
    }

    private static final class Chinese extends Analyzer {
        private final boolean bigrams;
        private final boolean unigrams;

        Chinese(boolean bigrams, boolean unigrams) {
            this.bigrams = bigrams;
            this.unigrams = unigrams;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new MappingCharFilter(FOLD, reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream ts = new ICUFoldingFilter(source);
            if (bigrams) {
                ts = new CJKBigramFilter(
                        ts, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA, unigrams);
            }
            return new TokenStreamComponents(source, ts);
        }
    }

    private static final class English extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream ts = new EnglishPossessiveFilter(new ICUFoldingFilter(source));
            ts = new EnglishMinimalStemFilter(ts);
            return new TokenStreamComponents(source, ts);
        }
    }

    private static final class Codes extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new PatternTokenizer(CODE, 0);
            TokenStream ts = new ICUFoldingFilter(source);
            ts = new PatternReplaceFilter(ts, NOT_LETTER_OR_DIGIT, "", true);
            ts = new LengthFilter(ts, 2, 64);
            return new TokenStreamComponents(source, ts);
        }
    }

    private static final class Syllables extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new WhitespaceTokenizer();
            return new TokenStreamComponents(source, source);
        }
    }
}
