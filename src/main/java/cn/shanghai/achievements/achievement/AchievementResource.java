package cn.shanghai.achievements.achievement;

import cn.shanghai.achievements.api.Links;
import cn.shanghai.achievements.catalogue.Catalogue;
import cn.shanghai.achievements.common.Exports;
import cn.shanghai.achievements.common.Ids;
import cn.shanghai.achievements.common.Lang;
import cn.shanghai.achievements.common.Language;
import cn.shanghai.achievements.common.PageRequest;
import cn.shanghai.achievements.common.Paging;
import cn.shanghai.achievements.common.PastRelease;
import cn.shanghai.achievements.common.Problem;
import cn.shanghai.achievements.model.Achievement;
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
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The achievements: filtered lists and details. */
@NonBlocking
@Path("/api/v1/achievements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Achievements")
public class AchievementResource {

    @Inject
    AchievementReads reads;

    @Inject
    ObjectMapper json;

    @GET
    @Operation(operationId = "listAchievements", summary = "List achievements", description = """
                    Achievements matching every given filter. Repeated values of one filter (category, sector, institution, \
                    milestone) are alternatives. Dates take YYYY, YYYY-MM or YYYY-MM-DD: a milestone matches when its own \
                    interval overlaps the asked one, so a milestone dated 2019-11 matches from=2019-11-20; year, from and to \
                    combine as an intersection, and the milestone filter and the dates apply to the same milestone. An \
                    institution includes the institutions that belong to it. Default order: -date (latest milestone first), \
                    or relevance when q is given.""")
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
            description = "A parameter is invalid; errors names each one and what is allowed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(
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
        return Links.page(reads.list(c, reads.filter(c, query, sort), page, language.resolve()), http);
    }

    @GET
    @Path("facets")
    @Operation(
            operationId = "achievementFacets",
            summary = "Count achievements by category, sector, year, institution and milestone type",
            description = """
                    The same filters as the list. Every count is what the list would total with that value added as a \
                    filter: category, sector and institution count achievements; year and milestone count achievements \
                    with a milestone of that year or type within the milestone and date filters.""")
    @APIResponse(
            responseCode = "200",
            description = "The counts",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AchievementFacets.class)))
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    @APIResponse(
            responseCode = "400",
            description = "A parameter is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AchievementFacets facets(@BeanParam AchievementQuery query, @BeanParam Language language) {
        Catalogue c = reads.catalogue();
        return AchievementFacets.of(c, reads.filter(c, query, null), language.resolve());
    }

    @GET
    @Blocking
    @Path("export")
    @Produces({"text/csv", "application/x-ndjson", Exports.XLSX})
    @Operation(
            operationId = "exportAchievements",
            summary = "Export every matching achievement as CSV, XLSX or NDJSON",
            description = """
                    Every match, streamed, in the list's order, with the same filters and no page limit. CSV is UTF-8 \
                    with a byte-order mark and bilingual headers, so that Excel shows Chinese correctly; XLSX has \
                    Chinese column labels, every cell text, and opens in Excel, WPS and LibreOffice with their default \
                    settings; NDJSON is one full record (as GET /achievements/{id}) a line.""")
    @APIResponse(
            responseCode = "200",
            description = "The export",
            content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = "application/x-ndjson", schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = Exports.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    @APIResponse(
            responseCode = "400",
            description = "format or another parameter is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response export(
            @Parameter(
                            description = "csv (default), xlsx or ndjson",
                            schema = @Schema(enumeration = {"csv", "xlsx", "ndjson"}))
                    @QueryParam("format")
                    String format,
            @Parameter(
                            description = AchievementQuery.SORT,
                            schema = @Schema(enumeration = {"date", "-date", "name", "-name", "relevance"}))
                    @QueryParam("sort")
                    String sort,
            @BeanParam AchievementQuery query) {
        Exports.Format f = Exports.Format.parse(format);
        Catalogue c = reads.catalogue();
        List<Achievement> records = c.allAchievements(reads.filter(c, query, sort), Lang.ZH_HANS);
        StreamingOutput body = switch (f) {
            case CSV -> out -> AchievementExport.csv(records, out);
            case XLSX -> out -> AchievementExport.xlsx(c, records, out);
            case NDJSON -> out -> AchievementExport.ndjson(c, records, json, out);
        };
        return Exports.download(f, "achievements", records.size(), body);
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getAchievement",
            summary = "Get one achievement",
            description =
                    "The achievement with its names, aliases, summary, institutions (each with role and citations) and milestones in date order (each with citations).")
    @APIResponse(responseCode = "200", description = "The achievement")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    @APIResponse(
            responseCode = "400",
            description = "The id is not a slug",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No achievement has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AchievementViews.Detail get(
            @Parameter(description = "Achievement id", example = "gv-971")
                    @PathParam("id")
                    @Pattern(regexp = Ids.SLUG, message = Ids.MESSAGE)
                    String id,
            @BeanParam Language language,
            @BeanParam PastRelease release) {
        return reads.get(reads.catalogue(), id, language.resolve());
    }
}
