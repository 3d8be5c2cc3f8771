package cn.shanghai.achievements.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finished responses, keyed by their strong ETag (which hashes the build, the dataset version, the URI and the
 * negotiated headers). The data cannot change under a dataset version, so a cached body is exactly what the
 * resource would produce again; a new version makes new keys. Bounded in bytes: when full it starts afresh.
 */
@ApplicationScoped
public class RepresentationCache {

    /** A response body with the headers that travel with it, and its gzip form once a client has asked for it. */
    public static final class Entry {
        private final byte[] body;
        private final String contentType;
        private final String link;
        private volatile byte[] gzipped;

        public Entry(byte[] body, String contentType, String link) {
            this.body = body;
            this.contentType = contentType;
            this.link = link;
        }

        public byte[] body() {
            return body;
        }

        public String contentType() {
            return contentType;
        }

        public String link() {
            return link;
        }

        /** The body gzipped, computed once. */
        public byte[] gzipped() {
            byte[] g = gzipped;
            if (g == null) {
                ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
                try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                    gz.write(body);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                g = out.toByteArray();
                gzipped = g;
            }
            return g;
        }
    }

    @ConfigProperty(name = "catalogue.cache.max-bytes", defaultValue = "67108864")
    long maxBytes;

    @ConfigProperty(name = "catalogue.cache.max-entry-bytes", defaultValue = "1048576")
    int maxEntryBytes;

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Flight> inflight = new ConcurrentHashMap<>();

    /** A response being computed, which later requests for the same ETag wait for instead of computing it again. */
    public record Flight(CompletableFuture<Void> done, long startedNanos) {}

    static final long FLIGHT_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(30);

    /** Null when the caller leads (and must call {@link #landed}); else the flight to wait for. */
    public Flight joinOrLead(String etag) {
        Flight mine = new Flight(new CompletableFuture<>(), System.nanoTime());
        Flight running = inflight.compute(
                etag,
                (k, existing) -> existing == null || System.nanoTime() - existing.startedNanos() > FLIGHT_TIMEOUT_NANOS
                        ? mine
                        : existing);
        return running == mine ? null : running;
    }

    /** The leader's response is cached, or turned out not to be cacheable: release whoever waits. */
    public void landed(String etag) {
        Flight f = inflight.remove(etag);
        if (f != null) {
            f.done().complete(null);
        }
    }

    private final AtomicLong bytes = new AtomicLong();

    public Entry get(String etag) {
        return entries.get(etag);
    }

    public void put(String etag, Entry entry) {
        if (entry.body().length > maxEntryBytes) {
            return;
        }
        if (bytes.addAndGet(entry.body().length) > maxBytes) {
            entries.clear();
            bytes.set(entry.body().length);
        }
        if (entries.putIfAbsent(etag, entry) != null) {
            bytes.addAndGet(-entry.body().length);
        }
    }
}
