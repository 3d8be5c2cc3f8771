package cn.shanghai.achievements.common.http;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The HTTP edge, in front of every route (API and /q/* alike): a request id, security headers, refusal of
 * TRACE and CONNECT, and per-client rate limiting with RateLimit headers. Health probes are never limited.
 */
@ApplicationScoped
public class HttpEdge {

    public static final String REQUEST_ID = "X-Request-Id";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Set<HttpMethod> REFUSED = Set.of(HttpMethod.TRACE, HttpMethod.CONNECT);

    @Inject
    EdgeConfig config;

    private RateLimiter limiter;
    private Set<String> exempt;

    void init(@Observes StartupEvent event) {
        limiter = new RateLimiter(config.perSecond(), config.burst(), config.maxClients());
        exempt = Set.copyOf(config.exempt().orElse(List.of()));
    }

    void routes(@Observes Router router) {
        router.route().order(-1000).handler(this::handle);
    }

    void handle(RoutingContext ctx) {
        String id = ctx.request().getHeader(REQUEST_ID);
        if (id == null || !SAFE_ID.matcher(id).matches()) {
            id = UUID.randomUUID().toString();
            ctx.request().headers().set(REQUEST_ID, id);
        }
        String requestId = id;
        String path = ctx.normalizedPath();
        HttpServerResponse response = ctx.response();
        response.headers()
                .set(REQUEST_ID, requestId)
                .set("X-Content-Type-Options", "nosniff")
                .set("Referrer-Policy", "no-referrer")
                .set("X-Frame-Options", "DENY")
                .set("Cross-Origin-Resource-Policy", "cross-origin");
        if (path.startsWith("/q/swagger-ui") || path.startsWith("/q/dev")) {
            response.putHeader(
                    "Content-Security-Policy",
                    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'");
        } else {
            response.putHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        }
        if (REFUSED.contains(ctx.request().method())) {
            problem(
                    ctx,
                    405,
                    "method-not-allowed",
                    "Method not allowed",
                    "This API is read-only: GET, HEAD and OPTIONS are allowed.",
                    "GET, HEAD, OPTIONS");
            return;
        }
        String query = ctx.request().query();
        String malformed = malformed(ctx.request().path(), query);
        if (malformed != null) {
            problem(ctx, 400, "invalid-parameter", "Invalid parameter", malformed, null);
            return;
        }
        if (config.enabled() && !path.startsWith("/q/health") && limiter != null) {
            String client = ctx.request().remoteAddress() == null
                    ? "unknown"
                    : ctx.request().remoteAddress().host();
            if (!exempt.contains(client)) {
                RateLimiter.Decision d = limiter.take(client);
                response.headers()
                        .set("RateLimit-Limit", String.valueOf(limiter.limit()))
                        .set("RateLimit-Remaining", String.valueOf(d.remaining()))
                        .set("RateLimit-Reset", String.valueOf(d.resetSeconds()))
                        .set(
                                "RateLimit-Policy",
                                limiter.limit() + ";w="
                                        + Math.max(1, limiter.limit() / Math.max(1, config.perSecond())));
                if (!d.allowed()) {
                    response.putHeader("Retry-After", String.valueOf(d.retryAfterSeconds()));
                    problem(
                            ctx,
                            429,
                            "too-many-requests",
                            "Too many requests",
                            "This client has made more than " + limiter.limit() + " requests in a burst; retry after "
                                    + d.retryAfterSeconds()
                                    + " s. Conditional requests (If-None-Match) are answered with 304 and cost the same.",
                            null);
                    return;
                }
            }
        }
        ctx.next();
    }

    /** Parameters that take one value; giving one twice is ambiguous, so it is refused rather than guessed. */
    static final Set<String> SINGLE_VALUED =
            Set.of("q", "page", "size", "sort", "year", "from", "to", "format", "lang", "kind", "type");

    /** What is wrong with the query, or null: a single-valued parameter given twice. (Vert.x refuses bad escapes earlier.) */
    static String malformed(String path, String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        Set<String> seen = new HashSet<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (SINGLE_VALUED.contains(name) && !seen.add(name)) {
                return "The parameter '" + name + "' is given more than once; give it once.";
            }
        }
        return null;
    }

    private static void problem(
            RoutingContext ctx, int status, String slug, String title, String detail, String allow) {
        HttpServerResponse r = ctx.response();
        if (allow != null) {
            r.putHeader("Allow", allow);
        }
        String body = "{\"type\":\"https://achievements.sh.cn/problems/" + slug + "\",\"title\":\"" + title
                + "\",\"status\":" + status + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}";
        r.setStatusCode(status)
                .putHeader("Content-Type", "application/problem+json")
                .putHeader("Cache-Control", "no-store")
                .end(body);
    }
}
