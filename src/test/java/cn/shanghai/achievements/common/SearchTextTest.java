package cn.shanghai.achievements.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void foldsWidthCaseAndSpaces() {
        assertEquals("gv-971 abc", SearchText.fold("  ＧＶ－９７１ \t ABC "));
    }

    @Test
    void likeWildcardsAndTheEscapeAreSearchedLiterally() {
        assertEquals("%100\\%\\_a\\\\b%", SearchText.containsPattern("100%_a\\b"));
    }

    @Test
    void aKeyHoldsEachTextOnceOnItsOwnLine() {
        assertEquals("雪龙2\nxuelong 2", SearchText.key(Stream.of("雪龙2", "Xuelong 2", "XUELONG 2", null, " ")));
    }
}
