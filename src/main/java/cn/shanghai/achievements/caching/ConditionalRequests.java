package cn.shanghai.achievements.caching;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The REST half of {@link Representations}: a matching If-None-Match is answered with 304 before the resource runs;
 * while one request computes a representation, later requests for the same key wait for it (single flight) and are
 * answered from the cache; a 200 gets its validators, and anything else {@code Cache-Control: no-store}.
 */
public class ConditionalRequests {

    static final String LEADER = ConditionalRequests.class.getName() + ".leader";
    /** Set on a request whose written body is to be kept by {@link RepresentationCapture}. */
    static final String CAPTURE = ConditionalRequests.class.getName() + ".capture";
    /** Set on a request answered from the cache after waiting, so that its body is not kept again. */
    static final String REPLAYED = ConditionalRequests.class.getName() + ".replayed";

    @Inject
    CurrentVertxRequest current;

    @Inject
    RepresentationCache cache;

    static Representations.Key key(CurrentVertxRequest current) {
        RoutingContext rc = current.getCurrent();
        return rc == null ? null : rc.get(CachedAnswers.KEY);
    }

    @ServerRequestFilter
    public Uni<Response> conditional(ContainerRequestContext request) {
        Representations.Key key = key(current);
        if (key == null) {
            return Uni.createFrom().nullItem();
        }
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        // "*" matches only a representation that exists: that is decided after the resource ran
        if (ifNoneMatch != null
                && !ifNoneMatch.trim().equals("*")
                && Representations.matches(ifNoneMatch, key.etag())) {
            Response.ResponseBuilder notModified = Response.notModified();
            validators(notModified, key.etag());
            return Uni.createFrom().item(notModified.build());
        }
        if (key.export()) {
            return Uni.createFrom().nullItem();
        }
        RepresentationCache.Flight running = cache.joinOrLead(key.cacheKey());
        if (running == null) {
            request.setProperty(LEADER, key.cacheKey());
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom()
                .completionStage(running.done())
                .ifNoItem()
                .after(Duration.ofSeconds(30))
                .recoverWithItem((Void) null)
                .map(ignored -> {
                    RepresentationCache.Entry hit = cache.get(key.cacheKey());
                    if (hit == null) {
                        return null;
                    }
                    request.setProperty(REPLAYED, Boolean.TRUE);
                    Response.ResponseBuilder ok = Response.ok(hit.body(), hit.contentType());
                    for (Map.Entry<String, String> h : hit.headers()) {
                        ok.header(h.getKey(), h.getValue());
                    }
                    return ok.build();
                });
    }

    @ServerResponseFilter
    public void validators(ContainerRequestContext request, ContainerResponseContext response) {
        Representations.Key key = key(current);
        Object leader = request.getProperty(LEADER);
        boolean kept = false;
        if (key != null) {
            if (response.getStatus() == 200) {
                response.getHeaders().putSingle(HttpHeaders.ETAG, key.etag());
                response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, Representations.CACHE_CONTROL);
                if (Representations.matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), key.etag())) {
                    response.setStatus(304);
                    response.setEntity(null);
                } else if (!key.export() && response.getEntity() != null && request.getProperty(REPLAYED) == null) {
                    request.setProperty(CAPTURE, key);
                    kept = true;
                }
            } else if (response.getStatus() != 304) {
                response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, Representations.NO_STORE);
            }
            response.getHeaders().putSingle(HttpHeaders.VARY, Representations.VARY);
        }
        if (leader != null && !kept) {
            // nothing will be kept: release whoever waits, so they compute their own answer
            cache.landed((String) leader);
        }
    }

    private static void validators(Response.ResponseBuilder builder, String etag) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        Representations.validators(headers, etag);
        headers.forEach(h -> builder.header(h.getKey(), h.getValue()));
    }
}
