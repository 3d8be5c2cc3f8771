package cn.shanghai.achievements.caching;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RepresentationsTest {

    @Test
    void ifNoneMatchMatchesTheTagItsWeakFormAStarOrAListHoldingIt() {
        String etag = "\"abc\"";
        assertTrue(Representations.matches("\"abc\"", etag));
        assertTrue(Representations.matches("W/\"abc\"", etag));
        assertTrue(Representations.matches("*", etag));
        assertTrue(Representations.matches("\"x\", \"abc\"", etag));
        assertFalse(Representations.matches("\"abcd\"", etag));
        assertFalse(Representations.matches(null, etag));
    }

    @Test
    void gzipOnlyWhenAcceptedWithANonZeroQuality() {
        assertTrue(Representations.acceptsGzip("gzip, deflate, br"));
        assertTrue(Representations.acceptsGzip("br;q=1.0, gzip;q=0.8"));
        assertTrue(Representations.acceptsGzip("*"));
        assertFalse(Representations.acceptsGzip("gzip;q=0"));
        assertFalse(Representations.acceptsGzip("identity"));
        assertFalse(Representations.acceptsGzip(null));
    }

    @Test
    void onlyTextBodiesAreCompressed() {
        assertTrue(Representations.compressible("application/json;charset=UTF-8"));
        assertTrue(Representations.compressible("text/csv; charset=UTF-8"));
        assertFalse(Representations.compressible("image/png"));
    }
}
