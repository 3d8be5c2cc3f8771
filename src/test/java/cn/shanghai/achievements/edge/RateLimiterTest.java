package cn.shanghai.achievements.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void allowsTheBurstThenRefusesWithARetryTime() {
        RateLimiter limiter = new RateLimiter(1, 3, 10);
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.take("a").allowed());
        }
        RateLimiter.Decision refused = limiter.take("a");
        assertFalse(refused.allowed());
        assertEquals(0, refused.remaining());
        assertTrue(refused.retryAfterSeconds() >= 1);
    }

    @Test
    void clientsHaveTheirOwnBuckets() {
        RateLimiter limiter = new RateLimiter(1, 1, 10);
        assertTrue(limiter.take("a").allowed());
        assertFalse(limiter.take("a").allowed());
        assertTrue(limiter.take("b").allowed());
    }

    @Test
    void theClientMapIsBounded() {
        RateLimiter limiter = new RateLimiter(1, 1, 100);
        for (int i = 0; i < 1000; i++) {
            limiter.take("client-" + i);
        }
        assertEquals(100, limiter.clients());
    }
}
