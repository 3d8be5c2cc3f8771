package cn.shanghai.achievements.catalogue;

import cn.shanghai.achievements.text.Analysis;
import cn.shanghai.achievements.text.QueryText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Typos in a query that found nothing: each word of Latin letters that finds nothing on its own is replaced by the
 * nearest word the indexes hold, one edit away (two for words of seven letters or more), the first letter kept,
 * transpositions counted as one edit. Pinyin is corrected against the names' runs of syllables ({@code xuelogn} gives
 * {@code xuelong}), English against the words of names, summaries and institutions ({@code lithograpy}). Among
 * equally near words the one in most records wins. The corrected query is then asked as any other, so its hits
 * rank and explain as usual, marked as found through a typo.
 */
final class Typos {

    private static final int MIN_LENGTH = 4;
    private static final int TWO_EDITS_FROM = 7;

    private Typos() {}

    /** The query with its typos corrected, or null when no word of it could be. */
    static TextQuery correct(QueryText text, List<LuceneIndex> indexes) {
        List<String> words = new ArrayList<>();
        boolean changed = false;
        for (QueryText.Word w : text.words()) {
            String fixed = null;
            if (w.latin() && w.key().length() >= MIN_LENGTH && findsNothing(w, indexes)) {
                fixed = nearest(w, indexes);
            }
            words.add(fixed == null ? w.text() : fixed);
            changed |= fixed != null;
        }
        return changed ? TextQuery.corrected(QueryText.parse(String.join(" ", words))) : null;
    }

    private static boolean findsNothing(QueryText.Word w, List<LuceneIndex> indexes) {
        TextQuery alone = TextQuery.of(new QueryText(w.text(), w.key(), List.of(w)));
        return indexes.stream().allMatch(i -> i.count(alone.filter()) == 0);
    }

    /** The nearest indexed word, or null if none is near enough. */
    private static String nearest(QueryText.Word w, List<LuceneIndex> indexes) {
        String pinyin = w.key().toLowerCase(Locale.ROOT);
        List<String> english = Analysis.tokens(Analysis.ENGLISH, TextFields.NAME_EN, w.text());
        int most = pinyin.length() >= TWO_EDITS_FROM ? 2 : 1;
        for (int edits = 1; edits <= most; edits++) {
            Map<String, Long> found = new HashMap<>();
            near(indexes, TextFields.PINYIN_RUNS, pinyin, edits, found);
            if (english.size() == 1 && english.get(0).length() >= MIN_LENGTH) {
                String word = english.get(0);
                for (String field : List.of(TextFields.NAME_EN, TextFields.SUMMARY_EN, TextFields.INSTITUTION_EN)) {
                    near(indexes, field, word, edits, found);
                }
            }
            found.remove(pinyin);
            english.forEach(found::remove);
            String best = null;
            for (Map.Entry<String, Long> e : found.entrySet()) {
                if (best == null
                        || e.getValue() > found.get(best)
                        || (e.getValue().equals(found.get(best)) && e.getKey().compareTo(best) < 0)) {
                    best = e.getKey();
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    private static void near(List<LuceneIndex> indexes, String field, String word, int edits, Map<String, Long> found) {
        for (LuceneIndex index : indexes) {
            index.near(field, word, edits, found);
        }
    }

    /**
     * Whether a term is within {@code max} edits of a word (insertions, deletions, substitutions, and a swap of two
     * neighbours counted as one: the optimal string alignment distance, as Lucene's fuzzy automata count), over code
     * points, stopping as soon as every alignment is over the bound.
     */
    static boolean withinEdits(int[] word, String term, int max) {
        int[] t = term.codePoints().toArray();
        int n = word.length;
        int m = t.length;
        if (Math.abs(n - m) > max) {
            return false;
        }
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= m; j++) {
                int cost = word[i - 1] == t[j - 1] ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && word[i - 1] == t[j - 2] && word[i - 2] == t[j - 1]) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                current[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > max) {
                return false;
            }
            int[] spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return previous[m] <= max;
    }
}
