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
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.pattern.PatternTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How search text is folded, for the index and the query alike, with Lucene's and ICU's own filters: NFKC with
 * case, width and accent folding (ICU), traditional to simplified script (ICU's transform), Chinese digits as
 * Arabic ones (雪龙二号 = 雪龙2号), CJK bigrams, and for English text possessives and plurals. Names also get a key
 * (one token: folded, nothing but letters and digits) for exact and prefix matches, and codes a form without
 * punctuation (GV-971 = gv971).
 */
public final class Analysis {

    private static final Transliterator TRADITIONAL_TO_SIMPLIFIED =
            Transliterator.getInstance("Traditional-Simplified");
    private static final NormalizeCharMap DIGITS = digits();
    /** Letters and digits with the punctuation codes are written with: GV-971, ARJ21-700, In0.11Ga0.89Sb. */
    private static final Pattern CODE = Pattern.compile("[\\p{IsLatin}\\p{Nd}]+(?:[-_./·][\\p{IsLatin}\\p{Nd}]+)*");

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Chinese text already in simplified script, as indexed: unigrams and bigrams of Han characters. */
    public static final Analyzer SIMPLIFIED = new Chinese(false, true, true);
    /** Chinese text in any script, as indexed: traditional characters folded to simplified first. */
    public static final Analyzer ANY_SCRIPT = new Chinese(true, true, true);
    /**
     * A query word against Chinese text, folded as the index folds it, one token per Han character: a phrase of
     * them finds the characters in a row (the index's unigrams have consecutive positions, its bigrams stand on
     * the same positions), with no token graph to expand.
     */
    public static final Analyzer CHINESE_QUERY = new Chinese(true, false, false);
    /** The bigrams of a query word, which score a match higher the more of them a text holds. */
    public static final Analyzer CHINESE_BIGRAMS = new Chinese(true, true, false);
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
        try (Reader digits = new MappingCharFilter(DIGITS, new StringReader(text))) {
            StringBuilder b = new StringBuilder(text.length());
            char[] buffer = new char[256];
            for (int n; (n = digits.read(buffer)) > 0; ) {
                b.append(buffer, 0, n);
            }
            String folded =
                    TRADITIONAL_TO_SIMPLIFIED.transliterate(ICUFoldingFilter.NORMALIZER.normalize(b.toString()));
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

    /** Traditional script to simplified, as the index folds it. */
    public static String simplified(String text) {
        return TRADITIONAL_TO_SIMPLIFIED.transliterate(text);
    }

    private static NormalizeCharMap digits() {
        NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
        String chinese = "〇一二三四五六七八九";
        for (int i = 0; i < chinese.length(); i++) {
            b.add(String.valueOf(chinese.charAt(i)), String.valueOf(i));
        }
        b.add("零", "0");
        return b.build();
    }

    private static final class Chinese extends Analyzer {
        private final boolean anyScript;
        private final boolean bigrams;
        private final boolean unigrams;

        Chinese(boolean anyScript, boolean bigrams, boolean unigrams) {
            this.anyScript = anyScript;
            this.bigrams = bigrams;
            this.unigrams = unigrams;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new MappingCharFilter(DIGITS, reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream ts = new ICUFoldingFilter(source);
            if (anyScript) {
                ts = new ICUTransformFilter(ts, TRADITIONAL_TO_SIMPLIFIED);
            }
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
