package cn.shanghai.achievements.edge;

import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.RoutingContext;

/**
 * The route template a response is counted under in the request metrics (the {@code uri} tag), for responses that
 * no REST route wrote: the edge's own refusals ({@link #UNROUTED}) and answers from the representation cache (the
 * template of the route that first computed them). Without it those would be counted under their raw paths, one
 * series per distinct URL.
 */
public final class RouteLabel {

    /** The label of everything the edge answers itself. */
    public static final String UNROUTED = "UNKNOWN";

    private static final String KEY = "UrlPathTemplate";

    private RouteLabel() {}

    public static void set(RoutingContext ctx, String template) {
        ((HttpServerRequestInternal) ctx.request()).context().putLocal(KEY, template);
    }

    /** The template the REST layer matched for this request, or null. */
    public static String of(RoutingContext ctx) {
        return ((HttpServerRequestInternal) ctx.request()).context().getLocal(KEY);
    }
}
