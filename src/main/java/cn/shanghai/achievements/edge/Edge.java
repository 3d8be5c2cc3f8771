package cn.shanghai.achievements.edge;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The HTTP edge, in front of every public route: the request id and common headers ({@link EdgeHeaders}), the
 * per-client rate limit, then the checks that need no route: the method, the request's size, and a request target
 * that can be read ({@link RequestTarget}). Everything it refuses, and every failure the router meets before the
 * REST layer, is answered with a problem ({@link EdgeProblems}), and counts against the client's limit.
 */
@ApplicationScoped
public class Edge {

    private static final Logger LOG = Logger.getLogger(Edge.class);
    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final String CHECKED = Edge.class.getName() + ".checked";
    private static final String RATE_HEADERS = Edge.class.getName() + ".rate";

    private static final Map<Integer, String> TITLES = Map.of(
            400, "Bad request",
            404, "Not found",
            405, "Method not allowed",
            413, "Request entity too large",
            414, "URI too long",
            431, "Request header fields too large",
            501, "Not implemented",
            503, "Service unavailable");

    @Inject
    RateLimitConfig rateLimit;

    @Inject
    EdgeLimits limits;

    @Inject
    EdgeHeaders headers;

    @Inject
    EdgeProblems problems;

    @ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding", defaultValue = "false")
    boolean forwarding;

    @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies")
    Optional<List<String>> trustedProxies;

    private RateLimiter limiter;
    private Set<String> exempt;
    private ClientAddress clients;

    void init(@Observes StartupEvent event) {
        limiter = new RateLimiter(rateLimit.perSecond(), rateLimit.burst(), rateLimit.maxClients());
        exempt = Set.copyOf(rateLimit.exempt().orElse(List.of()));
        clients = ClientAddress.of(forwarding, trustedProxies.orElse(List.of()));
    }

    void routes(@Observes Router router) {
        router.route().order(-1000).handler(this::handle);
        // failures of the router itself (no Host header, a target that is not a path) and of any route after it
        router.route().order(-1000).failureHandler(this::failure);
    }

    void handle(RoutingContext ctx) {
        headers.decorate(ctx);
        HttpServerRequest request = ctx.request();
        if (ctx.get(CHECKED) != null) {
            // routed again with its canonical target: every check has been made once, the headers are set again
            MultiMap rate = ctx.get(RATE_HEADERS);
            if (rate != null) {
                ctx.response().headers().addAll(rate);
            }
            ctx.next();
            return;
        }
        ctx.put(CHECKED, Boolean.TRUE);
        if (!takeToken(ctx)) {
            return;
        }
        if (!READS.contains(request.method())) {
            ctx.response().putHeader("Allow", EdgeHeaders.METHODS);
            problems.write(
                    ctx,
                    405,
                    "method-not-allowed",
                    "Method not allowed",
                    "This API is read-only: GET, HEAD and OPTIONS are allowed.",
                    null);
            return;
        }
        if (!withinLimits(ctx)) {
            return;
        }
        if (request.version() == HttpVersion.HTTP_1_1 && request.getHeader("Host") == null) {
            problems.write(
                    ctx, 400, "bad-request", "Bad request", "An HTTP/1.1 request must carry a Host header.", null);
            return;
        }
        String uri = request.uri();
        if (request.method() == HttpMethod.OPTIONS) {
            if (request.getHeader("Origin") != null && request.getHeader("Access-Control-Request-Method") != null) {
                headers.preflight(ctx);
            }
            ctx.response().putHeader("Allow", EdgeHeaders.METHODS);
            RouteLabel.set(ctx, RouteLabel.UNROUTED);
            ctx.response().setStatusCode(204).end();
            return;
        }
        if (uri == null || !uri.startsWith("/")) {
            problems.write(
                    ctx,
                    400,
                    "invalid-request-target",
                    "Bad request",
                    "The request target must be a path starting with '/' (not '*' or an absolute URL).",
                    null);
            return;
        }
        RequestTarget.Checked checked = RequestTarget.check(uri);
        if (!checked.ok()) {
            problems.write(
                    ctx,
                    400,
                    "invalid-parameter",
                    "Invalid parameter",
                    checked.errors().get(0).parameter() + ": "
                            + checked.errors().get(0).message(),
                    checked.errors());
            return;
        }
        if (!checked.target().equals(uri)) {
            ctx.reroute(request.method(), checked.target());
            return;
        }
        ctx.next();
    }

    /** One token per request, whatever its fate; health probes are never limited. */
    private boolean takeToken(RoutingContext ctx) {
        String path = ctx.request().path();
        if (!rateLimit.enabled() || limiter == null || (path != null && path.startsWith("/q/health"))) {
            return true;
        }
        String peer =
                ctx.request().connection() == null || ctx.request().connection().remoteAddress() == null
                        ? null
                        : ctx.request().connection().remoteAddress().hostAddress();
        String client = clients.resolve(peer, ctx.request().getHeader("X-Forwarded-For"));
        if (exempt.contains(client)) {
            return true;
        }
        RateLimiter.Decision d = limiter.take(client);
        MultiMap rate = MultiMap.caseInsensitiveMultiMap()
                .set("RateLimit-Limit", String.valueOf(limiter.limit()))
                .set("RateLimit-Remaining", String.valueOf(d.remaining()))
                .set("RateLimit-Reset", String.valueOf(d.resetSeconds()))
                .set(
                        "RateLimit-Policy",
                        limiter.limit() + ";w=" + Math.max(1, limiter.limit() / Math.max(1, rateLimit.perSecond())));
        ctx.put(RATE_HEADERS, rate);
        ctx.response().headers().addAll(rate);
        if (d.allowed()) {
            return true;
        }
        ctx.response().putHeader("Retry-After", String.valueOf(d.retryAfterSeconds()));
        problems.write(
                ctx,
                429,
                "too-many-requests",
                "Too many requests",
                "This client has made more than " + limiter.limit() + " requests in a burst; retry after "
                        + d.retryAfterSeconds()
                        + " s. Revalidating with If-None-Match costs a request too, but answers 304 without a body.",
                null);
        return false;
    }

    private boolean withinLimits(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.uri() != null && request.uri().length() > limits.maxRequestTarget()) {
            problems.write(
                    ctx,
                    414,
                    "uri-too-long",
                    "URI too long",
                    "The request target is longer than " + limits.maxRequestTarget() + " characters.",
                    null);
            return false;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> h : request.headers()) {
            headerBytes += h.getKey().length() + h.getValue().length() + 4;
        }
        if (headerBytes > limits.maxHeaderBytes()) {
            problems.write(
                    ctx,
                    431,
                    "request-header-fields-too-large",
                    "Request header fields too large",
                    "The request's headers take more than " + limits.maxHeaderBytes() + " bytes.",
                    null);
            return false;
        }
        String length = request.getHeader("Content-Length");
        if (length != null
                && (length.length() > 18
                        || !length.chars().allMatch(Character::isDigit)
                        || Long.parseLong(length) > limits.maxBodyBytes())) {
            // the body is not read: the connection closes once the answer is out
            ctx.response()
                    .putHeader("Connection", "close")
                    .endHandler(done -> request.connection().close());
            problems.write(
                    ctx,
                    413,
                    "request-entity-too-large",
                    "Request entity too large",
                    "This API takes no request bodies; at most " + limits.maxBodyBytes() + " bytes are accepted.",
                    null);
            return false;
        }
        return true;
    }

    /** Answers what failed before (or outside) the REST layer with a problem; a 5xx is logged with its request id. */
    void failure(RoutingContext ctx) {
        int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
        HttpServerRequest request = ctx.request();
        if (status >= 500) {
            LOG.errorf(
                    ctx.failure(),
                    "Request %s %s failed before the REST layer",
                    request.method(),
                    headers.requestId(ctx));
            problems.write(
                    ctx,
                    status,
                    "server-error",
                    "Server error",
                    "The request could not be completed; it has been logged.",
                    null);
            return;
        }
        if (!Boolean.TRUE.equals(ctx.get(CHECKED))) {
            // the router refused it before the edge ran: it still costs the client a token
            ctx.put(CHECKED, Boolean.TRUE);
            if (!takeToken(ctx)) {
                return;
            }
        }
        if (request.method() == HttpMethod.OPTIONS && "*".equals(request.uri())) {
            // OPTIONS * asks what the server as a whole allows
            ctx.response().putHeader("Allow", EdgeHeaders.METHODS);
            RouteLabel.set(ctx, RouteLabel.UNROUTED);
            ctx.response().setStatusCode(204).end();
            return;
        }
        String detail;
        if (status == 400 && request.version() == HttpVersion.HTTP_1_1 && request.getHeader("Host") == null) {
            detail = "An HTTP/1.1 request must carry a Host header.";
        } else if (status == 400
                || (status == 404 && (request.path() == null || !request.path().startsWith("/")))) {
            status = 400;
            detail = "The request target must be a path starting with '/'.";
        } else if (status == 404) {
            detail = "No resource at this path. The API lives under /api/v1; see /q/openapi.";
        } else {
            detail = TITLES.getOrDefault(status, "Client error") + ".";
        }
        String title = TITLES.getOrDefault(status, "Client error");
        problems.write(ctx, status, title.toLowerCase(Locale.ROOT).replace(' ', '-'), title, detail, null);
    }
}
