package cn.shanghai.achievements.achievement;

import cn.shanghai.achievements.api.Links;
import cn.shanghai.achievements.catalogue.Catalogue;
import cn.shanghai.achievements.common.Ids;
import cn.shanghai.achievements.common.Language;
import cn.shanghai.achievements.common.PageRequest;
import cn.shanghai.achievements.common.Paging;
import cn.shanghai.achievements.common.Problem;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An institution's achievements: the achievement list, narrowed to one institution and those that belong to it. */
@NonBlocking
@Path("/api/v1/institutions/{id}/achievements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Institutions")
public class InstitutionAchievementsResource {

    @Inject
    AchievementReads reads;

    @GET
    @Operation(
            operationId = "listInstitutionAchievements",
            summary = "List an institution's achievements",
            description =
                    "The achievements linked to this institution or to one that belongs to it, with the same filters, order and paging as /api/v1/achievements.")
    @APIResponse(
            responseCode = "200",
            description = "One page of achievements; the Link header points to first, prev, next and last",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AchievementViews.AchievementPage.class)))
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    @APIResponse(
            responseCode = "400",
            description = "A parameter is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No institution has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(description = "Institution id", example = "simm")
                    @PathParam("id")
                    @Pattern(regexp = Ids.SLUG, message = Ids.MESSAGE)
                    String id,
            @BeanParam AchievementQuery query,
            @Parameter(
                            description = AchievementQuery.SORT,
                            schema = @Schema(enumeration = {"date", "-date", "name", "-name", "relevance"}))
                    @QueryParam("sort")
                    String sort,
            @BeanParam Paging paging,
            @BeanParam Language language,
            @Context HttpServerRequest http) {
        PageRequest page = paging.request();
        Catalogue c = reads.catalogue();
        return Links.page(reads.ofInstitution(c, id, reads.filter(c, query, sort), page, language.resolve()), http);
    }
}
