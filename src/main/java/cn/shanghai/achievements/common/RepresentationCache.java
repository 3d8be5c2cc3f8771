package cn.shanghai.achievements.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finished responses, keyed by their strong ETag (which hashes the build, the dataset version, the URI and the
 * negotiated headers). The data cannot change under a dataset version, so a cached body is exactly what the
 * resource would produce again; a new version makes new keys. Bounded in bytes: when full it starts afresh.
 */
@ApplicationScoped
public class RepresentationCache {

    /** A response body with the headers that travel with it. */
    public record Entry(byte[] body, String contentType, String link) {
    }

    @ConfigProperty(name = "catalogue.cache.max-bytes", defaultValue = "67108864")
    long maxBytes;

    @ConfigProperty(name = "catalogue.cache.max-entry-bytes", defaultValue = "1048576")
    int maxEntryBytes;

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
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

    public int size() {
        return entries.size();
    }
}
