package cn.shanghai.achievements.edge;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * The headers every response carries, whoever writes it: the request id, the security headers and CORS. A public
 * read API answers {@code Access-Control-Allow-Origin: *} (never an echoed origin) and exposes the headers a page
 * needs to page, revalidate and back off. Decided here only; nothing else writes these headers.
 */
@ApplicationScoped
public class EdgeHeaders {

    public static final String REQUEST_ID = "X-Request-Id";
    static final String REQUEST_ID_KEY = "requestId";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    static final String EXPOSED = String.join(
            ", ",
            "ETag",
            "Link",
            "Location",
            "RateLimit-Limit",
            "RateLimit-Remaining",
            "RateLimit-Reset",
            "RateLimit-Policy",
            "Retry-After",
            "X-Request-Id",
            "X-Total-Count",
            "Content-Disposition",
            "Dataset-Version",
            "Dataset-Release");
    static final String METHODS = "GET, HEAD, OPTIONS";

    /** The request's id: the caller's X-Request-Id when it is safe to echo, else a new one; kept for the whole request. */
    String requestId(RoutingContext ctx) {
        String id = ctx.get(REQUEST_ID_KEY);
        if (id == null) {
            id = ctx.request().getHeader(REQUEST_ID);
            if (id == null || !SAFE_ID.matcher(id).matches()) {
                id = newRequestId();
            }
            ctx.put(REQUEST_ID_KEY, id);
            // application log lines of this request carry its id (the MDC follows the request's context)
            MDC.put(REQUEST_ID_KEY, id);
        }
        return id;
    }

    /**
     * A new request id in the form of a random (version 4) UUID. Ids need to be unique, not unpredictable, so they come
     * from the thread's own generator: {@link UUID#randomUUID()} draws on one shared secure generator, a lock every
     * request would wait on.
     */
    static String newRequestId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long high = (r.nextLong() & ~0xF000L) | 0x4000L;
        long low = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    /** Puts the request id, the security headers and CORS on the response; safe to call more than once. */
    void decorate(RoutingContext ctx) {
        MultiMap h = ctx.response().headers();
        h.set(REQUEST_ID, requestId(ctx))
                .set("X-Content-Type-Options", "nosniff")
                .set("Referrer-Policy", "no-referrer")
                .set("X-Frame-Options", "DENY")
                .set("Cross-Origin-Resource-Policy", "cross-origin")
                .set(
                        "Content-Security-Policy",
                        contentSecurityPolicy(ctx.request().path()))
                .set("Access-Control-Allow-Origin", "*")
                .set("Access-Control-Expose-Headers", EXPOSED);
    }

    /** Answers a CORS preflight: any origin may read, with the headers it asks to send (without credentials). */
    void preflight(RoutingContext ctx) {
        MultiMap h = ctx.response().headers();
        h.set("Access-Control-Allow-Methods", METHODS).set("Access-Control-Max-Age", "86400");
        String asked = ctx.request().getHeader("Access-Control-Request-Headers");
        if (asked != null && asked.length() <= 1000 && asked.matches("[A-Za-z0-9!#$%&'*+.^_`|~, -]*")) {
            h.set("Access-Control-Allow-Headers", asked);
        }
    }

    /** Swagger UI needs its own scripts and inline styles; everything else is data and needs nothing. */
    static String contentSecurityPolicy(String path) {
        if (path != null && (path.startsWith("/q/swagger-ui") || path.startsWith("/q/dev"))) {
            return "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";
        }
        if (path != null && (path.equals("/explore") || path.startsWith("/explore/"))) {
            // the explorer's pages: its own style sheet, its own links and forms, nothing else
            return "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
        }
        return "default-src 'none'; frame-ancestors 'none'";
    }
}
