package cn.shanghai.achievements.edge;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** One token bucket per client address, in a bounded map that forgets the least recently seen client first. */
public final class RateLimiter {

    private final int perSecond;
    private final int burst;
    private final Map<String, Bucket> buckets;

    /** The outcome of one request: allowed or not, what is left, and when to come back. */
    public record Decision(boolean allowed, long remaining, long resetSeconds, long retryAfterSeconds) {}

    public RateLimiter(int perSecond, int burst, int maxClients) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxClients;
            }
        };
    }

    public Decision take(String client) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(client, k -> newBucket());
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long missing = burst - probe.getRemainingTokens();
        long reset = (long) Math.ceil(missing / (double) perSecond);
        if (probe.isConsumed()) {
            return new Decision(true, probe.getRemainingTokens(), reset, 0);
        }
        long retry = Math.max(1, (long) Math.ceil(probe.getNanosToWaitForRefill() / 1e9));
        return new Decision(false, 0, Math.max(reset, retry), retry);
    }

    public int limit() {
        return burst;
    }

    int clients() {
        synchronized (buckets) {
            return buckets.size();
        }
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(burst)
                        .refillGreedy(perSecond, Duration.ofSeconds(1))
                        .build())
                .build();
    }
}
