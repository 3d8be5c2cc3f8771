package cn.shanghai.achievements.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;
import org.junit.jupiter.api.Test;

/** The edit distance typo correction measures terms with is the one Lucene's fuzzy automata accept. */
class TyposTest {

    private static boolean within(String word, String term, int max) {
        return Typos.withinEdits(word.codePoints().toArray(), term, max);
    }

    @Test
    void countsInsertionsDeletionsSubstitutionsAndSwapsAsOneEditEach() {
        assertTrue(within("xuelogn", "xuelong", 1), "a swap of neighbours");
        assertTrue(within("lithograpy", "lithography", 1), "an insertion");
        assertTrue(within("lithographyy", "lithography", 1), "a deletion");
        assertTrue(within("xuelung", "xuelong", 1), "a substitution");
        assertFalse(within("xuleogn", "xuelong", 1), "two swaps are two edits");
        assertTrue(within("xuleogn", "xuelong", 2));
        assertFalse(within("abc", "abcdef", 2), "lengths too far apart");
        assertTrue(within("雪龍號", "雪龙号", 2), "code points, not bytes");
    }

    @Test
    void agreesWithLucenesLevenshteinAutomataOnRandomWords() {
        Random random = new Random(20261202);
        String letters = "abcde";
        for (int round = 0; round < 3000; round++) {
            String word = random(random, letters, 1 + random.nextInt(8));
            String term = random(random, letters, 1 + random.nextInt(8));
            for (int edits = 1; edits <= 2; edits++) {
                Automaton a = new LevenshteinAutomata(word, true).toAutomaton(edits);
                boolean lucene = Operations.run(a, term);
                assertEquals(lucene, within(word, term, edits), word + " ~" + edits + " " + term);
            }
        }
    }

    private static String random(Random random, String letters, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(letters.charAt(random.nextInt(letters.length())));
        }
        return b.toString();
    }
}
