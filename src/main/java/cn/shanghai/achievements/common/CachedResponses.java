package cn.shanghai.achievements.common;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers repeated API reads from {@link RepresentationCache} on the event loop, before the REST layer: the
 * same bytes, ETag, Link and CORS headers the resource gave the first time, gzipped once when the client
 * accepts it. Runs after the edge handler (request id, security headers, rate limit); a miss goes on as usual.
 */
@ApplicationScoped
public class CachedResponses {

    static final int GZIP_MIN_BYTES = 1024;

    @Inject
    RepresentationCache cache;

    @Inject
    DatasetVersionSource versions;

    @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev")
    String buildVersion;

    void routes(@Observes Router router) {
        router.route().order(-900).handler(this::handle);
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String path = request.path();
        Optional<String> version = versions.currentVersion();
        if ((request.method() != HttpMethod.GET && request.method() != HttpMethod.HEAD)
                || version.isEmpty()
                || path == null
                || !path.startsWith(ApiPaths.BASE + "/")
                || path.endsWith("/export")) {
            ctx.next();
            return;
        }
        String acceptEncoding = request.getHeader("Accept-Encoding");
        String etag = HttpCaching.etag(
                buildVersion,
                version.get(),
                path,
                request.query(),
                request.getHeader("Accept"),
                request.getHeader("Accept-Language"),
                acceptEncoding);
        RepresentationCache.Entry hit = cache.get(etag);
        if (hit == null) {
            ctx.next();
            return;
        }
        HttpServerResponse response = ctx.response();
        response.putHeader("ETag", etag)
                .putHeader("Cache-Control", HttpCaching.CACHE_CONTROL)
                .putHeader("Vary", HttpCaching.VARY);
        String origin = request.getHeader("Origin");
        if (origin != null) {
            response.putHeader("Access-Control-Allow-Origin", origin)
                    .putHeader("Access-Control-Allow-Credentials", "false")
                    .putHeader("Access-Control-Expose-Headers", "ETag,Link,Location");
        }
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && HttpCaching.matches(ifNoneMatch, etag)) {
            response.setStatusCode(304).end();
            return;
        }
        if (hit.link() != null) {
            response.putHeader("Link", hit.link());
        }
        boolean gzip = acceptEncoding != null && acceptEncoding.contains("gzip") && hit.body().length >= GZIP_MIN_BYTES;
        byte[] body = gzip ? hit.gzipped() : hit.body();
        if (gzip) {
            response.putHeader("Content-Encoding", "gzip");
        }
        response.putHeader("Content-Type", hit.contentType());
        if (request.method() == HttpMethod.HEAD) {
            response.putHeader("Content-Length", String.valueOf(body.length)).end();
        } else {
            response.end(Buffer.buffer(body));
        }
    }
}
