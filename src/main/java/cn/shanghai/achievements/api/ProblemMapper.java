package cn.shanghai.achievements.api;

import cn.shanghai.achievements.common.Problem;
import cn.shanghai.achievements.common.ProblemException;
import cn.shanghai.achievements.common.ProblemPages;
import cn.shanghai.achievements.common.Sanitize;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.persistence.QueryTimeoutException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where every failure becomes an RFC 9457 problem; nothing internal reaches a client. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    private static final Map<Integer, String> TITLES = Map.of(
            400, "Bad request",
            404, "Not found",
            405, "Method not allowed",
            406, "Not acceptable",
            413, "Request entity too large",
            414, "URI too long",
            415, "Unsupported media type",
            429, "Too many requests",
            503, "Service unavailable");

    /** The explorer's pages answer their failures as pages (for a browser); everything else is problem+json. */
    @Inject
    ProblemPages pages;

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        if (e.status() == 410) {
            String instance = request == null || request.path() == null ? null : Sanitize.forMessage(request.path());
            Problem body = new Problem(
                    Problem.TYPE_BASE + e.slug(),
                    e.title(),
                    410,
                    e.getMessage(),
                    instance,
                    null,
                    e.removedIn(),
                    e.replacedBy());
            Response page = page(request, body);
            if (page != null) {
                return page;
            }
            Response.ResponseBuilder r =
                    Response.status(410).type(Problem.MEDIA_TYPE).entity(body);
            if (e.replacedBy() != null) {
                r.header("Link", "<" + e.replacedBy() + ">; rel=\"successor-version\"");
            }
            return r.build();
        }
        return build(e.status(), e.slug(), e.title(), e.getMessage(), request, e.errors());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpServerRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(parameterName(v.getPropertyPath()), v.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::parameter));
        ProblemException p = ProblemException.invalid(errors);
        return build(400, p.slug(), p.title(), p.getMessage(), request, errors);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return build(status, "server-error", "Server error", "The request could not be completed.", request, null);
        }
        String title = TITLES.getOrDefault(status, "Client error");
        String detail = switch (status) {
            case 404 -> "No resource at this path. The API lives under /api/v1; see /q/openapi.";
            case 405 -> "This method is not allowed here; the API is read-only (GET, HEAD, OPTIONS).";
            case 406 ->
                request != null && request.path() != null && request.path().startsWith("/explore")
                        ? "The explorer's pages are served as text/html; the same data is served as JSON under /api/v1."
                        : "This resource is served as application/json (exports also as text/csv, application/x-ndjson or XLSX).";
            case 415 -> "This media type is not supported here.";
            default -> title + ".";
        };
        Response r = build(status, slug(title), title, detail, request, null);
        if (status == 405 && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            return Response.fromResponse(r)
                    .header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW))
                    .build();
        }
        return r;
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        if (queryTimedOut(e)) {
            LOG.warnf("Query cancelled at its time limit: %s", e.getMessage());
            Response r = build(
                    503,
                    "query-timeout",
                    "Query took too long",
                    "The query ran past its time limit and was cancelled; narrow the filters or retry shortly.",
                    request,
                    null);
            return Response.fromResponse(r).header("Retry-After", "5").build();
        }
        if (databaseUnavailable(e)) {
            LOG.warnf("Database unavailable: %s", e.getMessage());
            Response r = build(
                    503,
                    "service-unavailable",
                    "Service unavailable",
                    "The database is not answering; retry shortly.",
                    request,
                    null);
            return Response.fromResponse(r).header("Retry-After", "5").build();
        }
        LOG.error("Unexpected failure", e);
        return build(
                500,
                "server-error",
                "Server error",
                "The request could not be completed; it has been logged.",
                request,
                null);
    }

    /** A statement cancelled at its time limit: PostgreSQL's query_canceled (57014), JDBC's HY008, or a query timeout exception. */
    static boolean queryTimedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof QueryTimeoutException
                    || t instanceof SQLTimeoutException
                    || t instanceof org.hibernate.QueryTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && ("57014".equals(sql.getSQLState()) || "HY008".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** A lost or unobtainable database connection, as opposed to a bug: SQL state class 08, or the pool's acquisition timeout. */
    static boolean databaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JDBCConnectionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                String message = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
                if ((state != null && state.startsWith("08"))
                        || message.contains("acquisition timeout")
                        || message.contains("connection refused")) {
                    return true;
                }
            }
        }
        return false;
    }

    private Response build(
            int status,
            String slug,
            String title,
            String detail,
            HttpServerRequest request,
            List<Problem.FieldError> errors) {
        String instance = request == null || request.path() == null ? null : Sanitize.forMessage(request.path());
        Problem body = new Problem(
                Problem.TYPE_BASE + slug,
                title,
                status,
                detail,
                instance,
                errors == null || errors.isEmpty() ? null : errors);
        Response page = page(request, body);
        if (page != null) {
            return page;
        }
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /** The problem as the explorer's page, when the request is one of its page views; else {@code null}. */
    private Response page(HttpServerRequest request, Problem problem) {
        if (pages == null || request == null) {
            return null;
        }
        String html = pages.render(ProblemPages.Asked.of(request), problem);
        if (html == null) {
            return null;
        }
        return Response.status(problem.status())
                .type(ProblemPages.MEDIA_TYPE)
                .header("Cache-Control", "no-store")
                .entity(html)
                .build();
    }

    private static String slug(String title) {
        return title.toLowerCase().replace(' ', '-');
    }

    /** The query parameter a violation concerns: the last named node of its path. */
    private static String parameterName(Path path) {
        String name = "request";
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.PARAMETER) {
                name = node.getName();
            }
        }
        return name;
    }
}
