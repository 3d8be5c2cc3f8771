package cn.shanghai.achievements.caching;

import cn.shanghai.achievements.edge.RouteLabel;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;

/**
 * Works out each API request's representation key on the event loop, right after the edge, and answers repeated
 * reads from {@link RepresentationCache} there, before the REST layer: the same bytes and headers the resource
 * gave the first time, or a 304. A miss goes on to the REST layer with its key ({@link ConditionalRequests}).
 */
@ApplicationScoped
public class CachedAnswers {

    /** The request's {@link Representations.Key}, in the routing context. */
    public static final String KEY = CachedAnswers.class.getName() + ".key";

    @Inject
    Representations representations;

    @Inject
    RepresentationCache cache;

    void routes(@Observes Router router) {
        router.route().order(-900).handler(this::handle);
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        Optional<Representations.Key> found =
                representations.key(request.method().name(), request.path(), request.query(), request.headers());
        if (found.isEmpty()) {
            ctx.next();
            return;
        }
        Representations.Key key = found.get();
        ctx.put(KEY, key);
        Representations.release(ctx.response().headers(), key);
        RepresentationCache.Entry hit = key.export() ? null : cache.get(key.cacheKey());
        if (hit == null) {
            ctx.next();
            return;
        }
        send(ctx, key, hit);
    }

    /** Answers from a cached representation: 304 when the client holds it, else its bytes in the form the client takes. */
    static void send(RoutingContext ctx, Representations.Key key, RepresentationCache.Entry hit) {
        RouteLabel.set(ctx, hit.template());
        HttpServerResponse response = ctx.response();
        Representations.validators(response.headers(), key.etag());
        for (Map.Entry<String, String> h : hit.headers()) {
            response.headers().set(h.getKey(), h.getValue());
        }
        if (Representations.matches(ctx.request().getHeader("If-None-Match"), key.etag())) {
            response.setStatusCode(304).end();
            return;
        }
        boolean gzip = key.gzip() && Representations.compressible(hit.contentType());
        byte[] body = gzip ? hit.gzipped() : hit.body();
        if (gzip) {
            response.putHeader("Content-Encoding", "gzip");
        }
        response.putHeader("Content-Type", hit.contentType());
        if (ctx.request().method() == HttpMethod.HEAD) {
            response.putHeader("Content-Length", String.valueOf(body.length)).end();
        } else {
            response.end(Buffer.buffer(body));
        }
    }
}
