package cn.shanghai.achievements.caching;

import cn.shanghai.achievements.common.ApiPaths;
import io.vertx.core.MultiMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one place that decides how an API representation travels, whether the REST layer computed it just now or the
 * cache answers it again ({@link CachedAnswers}): its strong ETag, 304 on a matching If-None-Match, Cache-Control,
 * Vary and gzip. The data is immutable for a dataset version, so a representation is fully determined by the
 * build, the dataset version, the request target and the negotiated headers: the ETag hashes exactly those. An
 * export's ETag follows the dataset version and the export format, not the build, so that a new deployment of the
 * same data does not make every integrator download again.
 */
@ApplicationScoped
public class Representations {

    public static final String CACHE_CONTROL = "public, max-age=300";
    public static final String NO_STORE = "no-store";
    public static final String VARY = "Accept, Accept-Language, Accept-Encoding";
    public static final String DATASET_VERSION = "Dataset-Version";
    public static final String DATASET_RELEASE = "Dataset-Release";
    /** Headers that belong to a representation and travel with its cached bytes. */
    static final List<String> REPLAYED =
            List.of("Link", "X-Total-Count", "Content-Disposition", "Dataset-Version", "Dataset-Release");
    /** Bump when an export's bytes change for the same data. */
    static final String EXPORT_FORMAT = "export-1";

    private static final List<String> COMPRESSIBLE = List.of(
            "application/json",
            "application/problem+json",
            "application/x-ndjson",
            "text/csv",
            "text/plain",
            "text/html",
            "application/atom+xml",
            "application/xml",
            "image/svg+xml");

    @Inject
    DatasetVersionSource versions;

    @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev")
    String buildVersion;

    /** A request's representation: its cache key, and the ETag of the form (identity or gzip) this client gets. */
    public record Key(String cacheKey, String etag, boolean gzip, boolean export, String version, int release) {}

    /**
     * The key of a GET or HEAD under the API while a dataset version is served (and the release the request is pinned
     * to); empty for anything else.
     */
    public Optional<Key> key(String method, String rawPath, String rawQuery, MultiMap headers) {
        if (!("GET".equals(method) || "HEAD".equals(method))
                || rawPath == null
                || !(rawPath.startsWith(ApiPaths.BASE + "/")
                        || rawPath.equals("/explore")
                        || rawPath.startsWith("/explore/"))) {
            return Optional.empty();
        }
        int asked = askedRelease(rawQuery);
        Optional<DatasetVersionSource.Served> served = asked > 0 ? versions.pin(asked) : versions.pin();
        if (served.isEmpty()) {
            return Optional.empty();
        }
        String version = served.get().version();
        boolean export = isExport(rawPath);
        String hash = sha256((export ? EXPORT_FORMAT : buildVersion)
                        + '\n'
                        + version
                        + '\n'
                        + rawPath
                        + '?'
                        + (rawQuery == null ? "" : rawQuery)
                        + '\n'
                        + headers.get("Accept")
                        + '\n'
                        + headers.get("Accept-Language"))
                .substring(0, 32);
        boolean gzip = acceptsGzip(headers.get("Accept-Encoding"));
        return Optional.of(new Key(
                hash,
                '"' + hash + (gzip ? "-gz" : "") + '"',
                gzip,
                export,
                version,
                served.get().release()));
    }

    /** The release a query asks for ({@code release=N}); 0 when it asks for none (or for none that can be read). */
    static int askedRelease(String rawQuery) {
        if (rawQuery == null || !rawQuery.contains("release=")) {
            return 0;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.startsWith("release=")) {
                String v = pair.substring("release=".length());
                return v.matches("[0-9]{1,9}") ? Integer.parseInt(v) : 0;
            }
        }
        return 0;
    }

    /** Streamed exports are never kept in memory. */
    static boolean isExport(String rawPath) {
        return rawPath.endsWith("/export") || rawPath.endsWith("/dump") || rawPath.equals("/explore/download");
    }

    /** Whether an If-None-Match header matches the ETag: "*", the tag itself, or its weak form, among a list. */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    /** The validator headers of a representation, set alike on a 200 and a 304. */
    public static void validators(MultiMap headers, String etag) {
        headers.set("ETag", etag).set("Cache-Control", CACHE_CONTROL).set("Vary", VARY);
    }

    /** The release a representation comes from, on every API response served from one (errors included). */
    public static void release(MultiMap headers, Key key) {
        headers.set(DATASET_VERSION, key.version()).set(DATASET_RELEASE, String.valueOf(key.release()));
    }

    /** Whether a client takes gzip (a q of 0 refuses it). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] bits = part.trim().split(";");
            String coding = bits[0].trim();
            if (coding.equals("gzip") || coding.equals("*")) {
                for (int i = 1; i < bits.length; i++) {
                    String b = bits[i].trim();
                    if (b.startsWith("q=")) {
                        try {
                            return Double.parseDouble(b.substring(2)) > 0;
                        } catch (NumberFormatException e) {
                            return false;
                        }
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** Whether a body of this media type is worth compressing. */
    static boolean compressible(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        int semicolon = type.indexOf(';');
        String bare = (semicolon < 0 ? type : type.substring(0, semicolon)).trim();
        return COMPRESSIBLE.contains(bare);
    }

    static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
