package cn.shanghai.achievements.edge;

import cn.shanghai.achievements.common.Problem;
import cn.shanghai.achievements.common.ProblemPages;
import cn.shanghai.achievements.common.Sanitize;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes the problem+json answers of the edge itself, in the same shape as the REST layer's. */
@ApplicationScoped
public class EdgeProblems {

    @Inject
    ObjectMapper json;

    @Inject
    EdgeHeaders headers;

    @Inject
    ProblemPages pages;

    public void write(
            RoutingContext ctx, int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        headers.decorate(ctx);
        String instance = ctx.request().path() == null
                ? null
                : Sanitize.forMessage(ctx.request().path());
        Problem problem = new Problem(
                Problem.TYPE_BASE + slug,
                title,
                status,
                detail,
                instance,
                errors == null || errors.isEmpty() ? null : errors);
        RouteLabel.set(ctx, RouteLabel.UNROUTED);
        String page = pages.render(ProblemPages.Asked.of(ctx.request()), problem);
        if (page != null) {
            // one of the explorer's pages: the same problem, as a page in the reader's language
            end(ctx, status, ProblemPages.MEDIA_TYPE, page.getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] body;
        try {
            body = json.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            body = ("{\"type\":\"" + Problem.TYPE_BASE + "server-error\",\"title\":\"Server error\",\"status\":"
                            + status + "}")
                    .getBytes(StandardCharsets.UTF_8);
        }
        end(ctx, status, Problem.MEDIA_TYPE, body);
    }

    private static void end(RoutingContext ctx, int status, String type, byte[] body) {
        HttpServerResponse response = ctx.response();
        response.setStatusCode(status).putHeader("Content-Type", type).putHeader("Cache-Control", "no-store");
        if (ctx.request().method() == HttpMethod.HEAD) {
            response.putHeader("Content-Length", String.valueOf(body.length)).end();
        } else {
            response.end(Buffer.buffer(body));
        }
    }
}
