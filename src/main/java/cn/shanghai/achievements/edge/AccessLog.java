package cn.shanghai.achievements.edge;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * One log line per request, with its parts as separate fields (in the JSON logs, under "mdc"): method, path,
 * status, bytes, duration, client and request id, so that a log search can filter on them instead of parsing text.
 */
@ApplicationScoped
public class AccessLog {

    private static final String LOGGED = AccessLog.class.getName() + ".logged";
    private static final Logger LOG = Logger.getLogger("cn.shanghai.achievements.access");

    @ConfigProperty(name = "catalogue.access-log.enabled", defaultValue = "true")
    boolean enabled;

    void routes(@Observes Router router) {
        if (enabled) {
            router.route().order(-1100).handler(this::handle);
        }
    }

    void handle(RoutingContext ctx) {
        if (ctx.get(LOGGED) != null) {
            // routed again with its canonical target: already logged once
            ctx.next();
            return;
        }
        ctx.put(LOGGED, Boolean.TRUE);
        long started = System.nanoTime();
        HttpServerRequest request = ctx.request();
        String method = request.method().name();
        String path = request.path();
        ctx.addEndHandler(done -> {
            String[][] fields = {
                {"http.method", method},
                {"http.path", path == null ? "" : path.length() > 200 ? path.substring(0, 200) : path},
                {"http.status", String.valueOf(ctx.response().getStatusCode())},
                {"http.bytes", String.valueOf(ctx.response().bytesWritten())},
                {"http.durationMs", String.format("%.1f", (System.nanoTime() - started) / 1e6)},
                {
                    "client.address",
                    request.remoteAddress() == null
                            ? ""
                            : request.remoteAddress().hostAddress()
                },
                {"requestId", ctx.get(EdgeHeaders.REQUEST_ID_KEY) == null ? "" : ctx.get(EdgeHeaders.REQUEST_ID_KEY)}
            };
            for (String[] f : fields) {
                MDC.put(f[0], f[1]);
            }
            try {
                LOG.infof("%s %s %s", method, fields[1][1], fields[2][1]);
            } finally {
                for (String[] f : fields) {
                    MDC.remove(f[0]);
                }
            }
        });
        ctx.next();
    }
}
