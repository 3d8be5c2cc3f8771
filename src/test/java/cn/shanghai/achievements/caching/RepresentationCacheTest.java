package cn.shanghai.achievements.caching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The response cache keeps what is asked again, never what is asked once. */
class RepresentationCacheTest {

    private static RepresentationCache.Entry body(String text) {
        return new RepresentationCache.Entry(
                text.getBytes(StandardCharsets.UTF_8), "application/json", "/api/v1/search", List.of());
    }

    @Test
    void aResponseIsKeptTheSecondTimeItsKeyIsAsked() {
        RepresentationCache cache = new RepresentationCache(Optional.of(1L << 20), 1 << 16);
        cache.put("k1", body("first"));
        assertNull(cache.get("k1"), "asked once: remembered, not kept");
        cache.put("k1", body("second"));
        assertNotNull(cache.get("k1"), "asked again: kept");
        assertEquals("second", new String(cache.get("k1").body(), StandardCharsets.UTF_8));
    }

    @Test
    void aLongTailOfOneOffKeysLeavesNothingBehind() {
        RepresentationCache cache = new RepresentationCache(Optional.of(64L << 20), 1 << 16);
        for (int i = 0; i < 50_000; i++) {
            cache.put("/api/v1/search?q=term-" + i, body("x".repeat(100)));
        }
        for (int i = 0; i < 50_000; i += 997) {
            assertNull(cache.get("/api/v1/search?q=term-" + i));
        }
    }

    @Test
    void aKeyAskedWhileItIsComputedIsKeptAtOnce() {
        RepresentationCache cache = new RepresentationCache(Optional.of(1L << 20), 1 << 16);
        assertNull(cache.joinOrLead("k2"), "the first leads");
        assertNotNull(cache.joinOrLead("k2"), "the second waits for it");
        cache.put("k2", body("shared"));
        cache.landed("k2");
        assertNotNull(cache.get("k2"), "the waiter finds it");
    }

    @Test
    void tooLargeABodyIsNeverKept() {
        RepresentationCache cache = new RepresentationCache(Optional.of(1L << 20), 4);
        cache.put("k3", body("too long"));
        cache.put("k3", body("too long"));
        assertNull(cache.get("k3"));
    }
}
