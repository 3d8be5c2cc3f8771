package cn.shanghai.achievements.search;

import cn.shanghai.achievements.api.Links;
import cn.shanghai.achievements.common.Lang;
import cn.shanghai.achievements.common.Language;
import cn.shanghai.achievements.common.PageRequest;
import cn.shanghai.achievements.common.Paging;
import cn.shanghai.achievements.common.Problem;
import cn.shanghai.achievements.common.Problem.FieldError;
import cn.shanghai.achievements.common.ProblemException;
import cn.shanghai.achievements.text.QueryText;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One search box across achievements and institutions. */
@NonBlocking
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {

    @Inject
    SearchService service;

    @GET
    @Operation(operationId = "search", summary = "Search achievements and institutions", description = """
                    Finds records by any name or alias in simplified or traditional characters, by pinyin (with or \
                    without spaces and tones, or initials), by English names, brand names, codes and chemical names, by \
                    part of a name, by summary text, and achievements through the institutions linked to them. Every \
                    word must match. Hits are ranked exact name, exact alias, prefix, part of a name, summary, linked \
                    institution; each says which field and text matched. The query is taken literally: %, _, quotes \
                    and backslashes are ordinary characters.""")
    @APIResponse(
            responseCode = "200",
            description = "One page of hits, best first",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SearchHitView.Page.class)))
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    @APIResponse(
            responseCode = "400",
            description = "q is missing or too long, or another parameter is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response search(
            @Parameter(
                            description = "The query, 1 to 200 characters, any script or language",
                            required = true,
                            example = "雪龍")
                    @QueryParam("q")
                    String q,
            @Parameter(
                            description = "Only this kind of record",
                            schema = @Schema(enumeration = {"achievement", "institution", "indicator"}))
                    @QueryParam("kind")
                    String kind,
            @BeanParam Paging paging,
            @BeanParam Language language,
            @Context HttpServerRequest http) {
        List<FieldError> errors = new ArrayList<>();
        Lang lang = null;
        try {
            lang = language.resolve();
        } catch (ProblemException e) {
            errors.addAll(e.errors());
        }
        if (q == null || q.isEmpty()) {
            errors.add(new FieldError("q", "is required: the text to search for"));
        } else if (QueryText.problem(q) != null) {
            errors.add(new FieldError("q", QueryText.problem(q)));
        }
        if (kind != null && !List.of("achievement", "institution", "indicator").contains(kind)) {
            errors.add(new FieldError("kind", "must be achievement, institution or indicator"));
        }
        PageRequest request;
        try {
            request = paging.request();
        } catch (ProblemException e) {
            errors.addAll(e.errors());
            request = null;
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return Links.page(service.search(q, kind, request, lang), http);
    }
}
