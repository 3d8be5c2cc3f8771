package cn.shanghai.achievements.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestTargetTest {

    /** The target as the HTTP decoder hands it over: one character per byte. */
    private static String wire(String target) {
        return new String(target.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @Test
    void aCanonicalTargetIsLeftAlone() {
        RequestTarget.Checked c = RequestTarget.check("/api/v1/search?q=%E5%8C%97&size=2");
        assertTrue(c.ok());
        assertEquals("/api/v1/search?q=%E5%8C%97&size=2", c.target());
    }

    @Test
    void rawUtf8AndOtherUnsafeCharactersArePercentEncoded() {
        assertEquals(
                "/api/v1/search?q=%E5%8C%97%E6%96%97",
                RequestTarget.check(wire("/api/v1/search?q=北斗")).target());
        assertEquals(
                "/api/v1/search?q=a%7Cb%20c",
                RequestTarget.check("/api/v1/search?q=a|b c").target());
    }

    @Test
    void malformedEscapesAndNonUtf8BytesAreNamedProblems() {
        RequestTarget.Checked escape = RequestTarget.check("/api/v1/search?size=2&q=%zz");
        assertFalse(escape.ok());
        assertEquals("q", escape.errors().get(0).parameter());
        RequestTarget.Checked truncated = RequestTarget.check("/api/v1/search?q=%E");
        assertFalse(truncated.ok());
        RequestTarget.Checked notUtf8 = RequestTarget.check("/api/v1/search?q=%C3%28");
        assertEquals("q", notUtf8.errors().get(0).parameter());
        assertFalse(RequestTarget.check("/api/v1/search?q=\u00e9").ok(), "a Latin-1 byte is not UTF-8");
        assertEquals("path", RequestTarget.check("/api/v1/%zz").errors().get(0).parameter());
    }
}
