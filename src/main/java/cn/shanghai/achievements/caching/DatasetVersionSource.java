package cn.shanghai.achievements.caching;

import java.util.Optional;

/** Tells the HTTP layer which dataset release a request is served from, for its validators and version headers. */
public interface DatasetVersionSource {

    /** A release: its version (the seed's hash) and its sequence number. */
    record Served(String version, int release) {}

    /**
     * The release this request is served from: the one current when the request first asks, kept for the rest of the
     * request (its body, ETag and version headers all come from one release, even if a swap happens meanwhile).
     * Empty while none is loaded.
     */
    Optional<Served> pin();

    /**
     * The same, for a request that asks for a past release ({@code ?release=}): that release if this instance still
     * holds it, else the current one (the request is then refused with a problem that says which it holds).
     */
    Optional<Served> pin(int release);
}
