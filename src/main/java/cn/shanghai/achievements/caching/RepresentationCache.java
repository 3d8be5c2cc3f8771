package cn.shanghai.achievements.caching;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.zip.GZIPOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finished representations, keyed by {@link Representations.Key#cacheKey()} (which hashes the build, the dataset
 * version, the request target and the negotiated headers). The data cannot change under a dataset version, so a
 * cached body is exactly what the resource would produce again; a new version makes new keys. Bounded in bytes
 * (by default an eighth of the heap, at most 64 MiB) with Caffeine's admission policy: a response asked for once
 * (the long tail of distinct queries) does not push out the ones asked for again and again. And a response enters
 * the cache only the second time its key is asked (a doorkeeper of key fingerprints): a one-off query's body is never
 * kept at all, so the long tail leaves nothing behind for the collector to copy and compact.
 */
@ApplicationScoped
public class RepresentationCache {

    /** A body with what travels with it: media type, the route it answers (for metrics) and its own headers. */
    public static final class Entry {
        private final byte[] body;
        private final String contentType;
        private final String template;
        private final List<Map.Entry<String, String>> headers;
        private volatile byte[] gzipped;

        public Entry(byte[] body, String contentType, String template, List<Map.Entry<String, String>> headers) {
            this.body = body;
            this.contentType = contentType;
            this.template = template;
            this.headers = List.copyOf(headers);
        }

        public byte[] body() {
            return body;
        }

        public String contentType() {
            return contentType;
        }

        public String template() {
            return template;
        }

        public List<Map.Entry<String, String>> headers() {
            return headers;
        }

        /** The body gzipped, computed once. */
        public byte[] gzipped() {
            byte[] g = gzipped;
            if (g == null) {
                g = gzip(body);
                gzipped = g;
            }
            return g;
        }
    }

    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A response being computed, which later requests for the same key wait for instead of computing it again. */
    public record Flight(CompletableFuture<Void> done, long startedNanos) {}

    static final long FLIGHT_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(30);

    static final long DEFAULT_MAX_BYTES = 64L << 20;

    /** Slots of the doorkeeper: fingerprints of keys asked once, 512 KiB. */
    static final int SEEN_SLOTS = 1 << 16;

    private final AtomicLongArray seen = new AtomicLongArray(SEEN_SLOTS);
    private final int maxEntryBytes;
    private final Cache<String, Entry> entries;
    private final ConcurrentHashMap<String, Flight> inflight = new ConcurrentHashMap<>();

    RepresentationCache(
            @ConfigProperty(name = "catalogue.cache.max-bytes") Optional<Long> maxBytes,
            @ConfigProperty(name = "catalogue.cache.max-entry-bytes", defaultValue = "1048576") int maxEntryBytes) {
        this.maxEntryBytes = maxEntryBytes;
        long bound =
                maxBytes.orElse(Math.min(DEFAULT_MAX_BYTES, Runtime.getRuntime().maxMemory() / 8));
        this.entries = Caffeine.newBuilder()
                .maximumWeight(bound)
                .weigher((String k, Entry e) -> e.body().length + 2 * k.length() + 128)
                .executor(Runnable::run)
                .build();
    }

    /** Null when the caller leads (and must call {@link #landed}); else the flight to wait for. */
    public Flight joinOrLead(String key) {
        Flight mine = new Flight(new CompletableFuture<>(), System.nanoTime());
        Flight running = inflight.compute(
                key,
                (k, existing) -> existing == null || System.nanoTime() - existing.startedNanos() > FLIGHT_TIMEOUT_NANOS
                        ? mine
                        : existing);
        if (running != mine) {
            // asked again while the first is computed: worth keeping
            remember(key);
        }
        return running == mine ? null : running;
    }

    /** The leader's response is cached, or turned out not to be cacheable: release whoever waits. */
    public void landed(String key) {
        Flight f = inflight.remove(key);
        if (f != null) {
            f.done().complete(null);
        }
    }

    public Entry get(String key) {
        return entries.getIfPresent(key);
    }

    /** Keeps a response whose key was asked before (and is small enough); the first time, only remembers the key. */
    public void put(String key, Entry entry) {
        if (entry.body().length <= maxEntryBytes && !remember(key)) {
            entries.asMap().putIfAbsent(key, entry);
        }
    }

    /** Remembers a key; whether it is new (not remembered already). A slot holds the newest key that hashed to it. */
    boolean remember(String key) {
        long fp = fingerprint(key);
        int slot = (int) (fp ^ (fp >>> 32)) & (SEEN_SLOTS - 1);
        return seen.getAndSet(slot, fp) != fp;
    }

    /** A 64-bit FNV-1a hash of the key's characters. */
    static long fingerprint(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
