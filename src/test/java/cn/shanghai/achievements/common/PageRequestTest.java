package cn.shanghai.achievements.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageRequestTest {

    @Test
    void defaultsToTheFirstPageOfTwenty() {
        PageRequest p = PageRequest.parse(null, null);
        assertEquals(1, p.page());
        assertEquals(PageRequest.DEFAULT_SIZE, p.size());
        assertEquals(0, p.offset());
    }

    @Test
    void offsetFollowsPageAndSize() {
        assertEquals(40, PageRequest.parse("3", "20").offset());
    }

    @ParameterizedTest
    @CsvSource({
        "0,20,page",
        "-1,20,page",
        "1,0,size",
        "1,101,size",
        "abc,20,page",
        "1,1e3,size",
        "1,99999999999,size",
        "1.5,20,page"
    })
    void namesTheBadParameter(String page, String size, String bad) {
        ProblemException e = assertThrows(ProblemException.class, () -> PageRequest.parse(page, size));
        assertEquals(400, e.status());
        assertEquals(bad, e.errors().get(0).parameter());
    }
}
