package cn.shanghai.achievements.common;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Strong ETags and Cache-Control for every API GET. The data is immutable for a dataset version, so a
 * representation is fully determined by the build, the dataset version, the request URI and the
 * negotiated headers: the ETag hashes exactly those, which lets a matching If-None-Match be answered
 * with 304 before any query runs.
 */
public class HttpCaching {

    static final String CACHE_CONTROL = "public, max-age=300";
    static final String VARY = "Accept, Accept-Language, Accept-Encoding, Origin";
    private static final String PROP = HttpCaching.class.getName() + ".etag";

    @Inject
    DatasetVersionSource versions;

    static final String CACHEABLE = HttpCaching.class.getName() + ".cacheable";

    @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev")
    String buildVersion;

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> conditional(ContainerRequestContext request) {
        if (!isCacheable(request)) {
            return Optional.empty();
        }
        Optional<String> version = versions.currentVersion();
        if (version.isEmpty()) {
            return Optional.empty();
        }
        String etag = etag(version.get(), request);
        request.setProperty(PROP, etag);
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
            return Optional.of(Response.notModified()
                    .header(HttpHeaders.ETAG, etag)
                    .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                    .header(HttpHeaders.VARY, VARY)
                    .build());
        }
        return Optional.empty();
    }

    @Inject
    RepresentationCache cache;

    static final String LEADER = HttpCaching.class.getName() + ".leader";

    /**
     * Single flight: while one request computes a representation, later requests for the same ETag wait for it
     * (up to 30 s) and are answered from the cache, instead of all computing it at once.
     */
    @ServerRequestFilter
    public Uni<Response> singleFlight(ContainerRequestContext request) {
        Object etag = request.getProperty(PROP);
        if (etag == null || request.getUriInfo().getPath().endsWith("/export")) {
            return Uni.createFrom().nullItem();
        }
        RepresentationCache.Flight running = cache.joinOrLead((String) etag);
        if (running == null) {
            request.setProperty(LEADER, etag);
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom()
                .completionStage(running.done())
                .ifNoItem()
                .after(Duration.ofSeconds(30))
                .recoverWithItem((Void) null)
                .map(ignored -> {
                    RepresentationCache.Entry hit = cache.get((String) etag);
                    if (hit == null) {
                        return null;
                    }
                    request.removeProperty(PROP);
                    Response.ResponseBuilder ok = Response.ok(hit.body(), hit.contentType())
                            .header(HttpHeaders.ETAG, etag)
                            .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                            .header(HttpHeaders.VARY, VARY);
                    if (hit.link() != null) {
                        ok.header("Link", hit.link());
                    }
                    return ok.build();
                });
    }

    @ServerResponseFilter
    public void validators(ContainerRequestContext request, ContainerResponseContext response) {
        Object leader = request.getProperty(LEADER);
        Object etag = request.getProperty(PROP);
        boolean stored = false;
        if (etag != null) {
            if (response.getStatus() == 200) {
                response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
                response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
                // streamed exports are not kept; everything else is stored by RepresentationCapture as it is written
                if (!(response.getEntity() instanceof StreamingOutput) && response.getEntity() != null) {
                    request.setProperty(CACHEABLE, etag);
                    stored = true;
                }
            } else {
                response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
            }
            response.getHeaders().putSingle(HttpHeaders.VARY, VARY);
        }
        if (leader != null && !stored) {
            // nothing will be cached: release whoever waits, so they compute their own answer
            cache.landed((String) leader);
        }
    }

    private static boolean isCacheable(ContainerRequestContext request) {
        String method = request.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method))
                && request.getUriInfo().getRequestUri().getRawPath().startsWith(ApiPaths.BASE + "/");
    }

    private String etag(String datasetVersion, ContainerRequestContext request) {
        return etag(
                buildVersion,
                datasetVersion,
                request.getUriInfo().getRequestUri().getRawPath(),
                request.getUriInfo().getRequestUri().getRawQuery(),
                request.getHeaderString(HttpHeaders.ACCEPT),
                request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE),
                request.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
    }

    /** The strong ETag of a representation: a hash of everything that determines its bytes. */
    static String etag(
            String build,
            String datasetVersion,
            String rawPath,
            String rawQuery,
            String accept,
            String acceptLanguage,
            String acceptEncoding) {
        StringBuilder key = new StringBuilder(256)
                .append(build)
                .append('\n')
                .append(datasetVersion)
                .append('\n')
                .append(rawPath)
                .append('?')
                .append(rawQuery)
                .append('\n')
                .append(accept)
                .append('\n')
                .append(acceptLanguage)
                .append('\n')
                .append(acceptEncoding);
        return '"' + sha256(key.toString()).substring(0, 32) + '"';
    }

    static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals(etag) || c.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
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
