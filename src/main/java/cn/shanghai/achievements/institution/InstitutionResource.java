package cn.shanghai.achievements.institution;

import cn.shanghai.achievements.common.Ids;
import cn.shanghai.achievements.common.Lang;
import cn.shanghai.achievements.common.Links;
import cn.shanghai.achievements.common.PageRequest;
import cn.shanghai.achievements.common.Problem;
import cn.shanghai.achievements.common.ProblemException;
import cn.shanghai.achievements.common.SearchText;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Institutions and their details. Their achievements are served by the achievement feature. */
@Path("/api/v1/institutions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Institutions")
public class InstitutionResource {

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
                            schema = @Schema(implementation = InstitutionView.InstitutionPage.class)),
            headers =
                    @Header(
                            name = "Link",
                            description = "RFC 8288 paging links",
                            schema = @Schema(type = SchemaType.STRING)))
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
                    @Size(max = SearchText.MAX_QUERY_LENGTH, message = "must be at most 200 characters")
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
            @Parameter(description = "Page number, from 1", example = "1") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)", example = "20") @QueryParam("size")
                    String size,
            @Parameter(
                            description = "Language of displayName: zh-Hans, zh-Hant or en",
                            schema = @Schema(enumeration = {"zh-Hans", "zh-Hant", "en"}))
                    @QueryParam("lang")
                    String lang,
            @Parameter(hidden = true) @HeaderParam("Accept-Language") String acceptLanguage,
            @Context UriInfo uri) {
        PageRequest request = PageRequest.parse(page, size);
        Lang language = Lang.resolve(lang, acceptLanguage);
        if (type != null
                && Arrays.stream(Institution.Type.values())
                        .noneMatch(t -> t.wire().equals(type))) {
            throw ProblemException.invalid(
                    "type",
                    "must be one of enterprise, research-institute, university, hospital, government-body, platform");
        }
        return Links.page(service.list(type, q == null || q.isBlank() ? null : q, request, language), uri);
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
            @Parameter(
                            description = "Language of displayName: zh-Hans, zh-Hant or en",
                            schema = @Schema(enumeration = {"zh-Hans", "zh-Hant", "en"}))
                    @QueryParam("lang")
                    String lang,
            @Parameter(hidden = true) @HeaderParam("Accept-Language") String acceptLanguage) {
        return service.get(id, Lang.resolve(lang, acceptLanguage));
    }
}
