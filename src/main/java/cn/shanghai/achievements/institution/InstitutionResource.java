package cn.shanghai.achievements.institution;

import cn.shanghai.achievements.api.Links;
import cn.shanghai.achievements.common.Exports;
import cn.shanghai.achievements.common.Ids;
import cn.shanghai.achievements.common.Lang;
import cn.shanghai.achievements.common.Language;
import cn.shanghai.achievements.common.PageRequest;
import cn.shanghai.achievements.common.Paging;
import cn.shanghai.achievements.common.PastRelease;
import cn.shanghai.achievements.common.Problem;
import cn.shanghai.achievements.common.ProblemException;
import cn.shanghai.achievements.model.Institution;
import cn.shanghai.achievements.text.QueryText;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Institutions and their details. Their achievements are served by the achievement feature. */
@NonBlocking
@Path("/api/v1/institutions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Institutions")
public class InstitutionResource {

    @Inject
    ObjectMapper json;

    @Inject
    InstitutionService service;

    @GET
    @Operation(
            operationId = "listInstitutions",
            summary = "List institutions",
            description =
                    "Institutions ordered by English name, optionally narrowed by type and by a text query that matches any name or alias.")
    @APIResponse(
            responseCode = "200",
            description = "One page of institutions; the Link header points to first, prev, next and last",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = InstitutionView.InstitutionPage.class)))
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    @APIResponse(
            responseCode = "400",
            description = "A parameter is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(
                            description = "Text in any script or language; matched literally against names and aliases",
                            example = "药物研究所")
                    @QueryParam("q")
                    String q,
            @Parameter(
                            description = "Institution type",
                            schema =
                                    @Schema(
                                            enumeration = {
                                                "enterprise",
                                                "research-institute",
                                                "university",
                                                "hospital",
                                                "government-body",
                                                "platform"
                                            }))
                    @QueryParam("type")
                    String type,
            @Parameter(
                            description =
                                    "Only institutions created or changed after this release (a number), or in the releases published on or after this date (YYYY-MM-DD) or instant",
                            example = "1")
                    @QueryParam("updatedSince")
                    String updatedSince,
            @BeanParam Paging paging,
            @BeanParam Language language,
            @BeanParam PastRelease release,
            @Context HttpServerRequest http) {
        PageRequest request = paging.request();
        Lang lang = language.resolve();
        if (q != null && !q.isBlank() && QueryText.problem(q) != null) {
            throw ProblemException.invalid("q", QueryText.problem(q));
        }
        if (type != null && !Institution.TYPES.contains(type)) {
            throw ProblemException.invalid("type", "must be one of " + String.join(", ", Institution.TYPES));
        }
        return Links.page(service.list(type, q == null || q.isBlank() ? null : q, updatedSince, request, lang), http);
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getInstitution",
            summary = "Get one institution",
            description =
                    "The institution with its aliases, parent, children and how many achievements it is linked to.")
    @APIResponse(responseCode = "200", description = "The institution")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    @APIResponse(
            responseCode = "400",
            description = "The id is not a slug",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No institution has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public InstitutionView get(
            @Parameter(description = "Institution id", example = "simm")
                    @PathParam("id")
                    @Pattern(regexp = Ids.SLUG, message = Ids.MESSAGE)
                    String id,
            @BeanParam Language language,
            @BeanParam PastRelease release) {
        return service.get(id, language.resolve());
    }

    @GET
    @Path("export")
    @Produces({"application/x-ndjson"})
    @Blocking
    @Operation(
            operationId = "exportInstitutions",
            summary = "Export every institution",
            description =
                    "Every institution of the release served, streamed: NDJSON, one institution a line as GET /institutions/{id} gives it. The ETag follows the release, not the build.")
    @APIResponse(
            responseCode = "200",
            description = "The export",
            content = {@Content(mediaType = "application/x-ndjson", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    @APIResponse(
            responseCode = "400",
            description = "format is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response export(
            @Parameter(description = "ndjson (the default and only format)", schema = @Schema(enumeration = {"ndjson"}))
                    @QueryParam("format")
                    String format) {
        return Exports.ndjsonDownload(format, service.all(), "institutions", json);
    }
}
