package cn.shanghai.achievements.achievement;

import cn.shanghai.achievements.catalogue.Catalogue;
import cn.shanghai.achievements.common.Language;
import cn.shanghai.achievements.common.PageRequest;
import cn.shanghai.achievements.common.Paging;
import cn.shanghai.achievements.common.Problem;
import cn.shanghai.achievements.common.ProblemException;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Milestones in date order, with the list's filters. */
@NonBlocking
@Path("/api/v1/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Achievements")
public class TimelineResource {

    @Inject
    AchievementReads reads;

    @GET
    @Operation(operationId = "timeline", summary = "Milestones in date order, grouped by year", description = """
                    The milestones of the achievements matching the list's filters (and within the milestone and date \
                    filters), in precision-aware date order: a milestone dated 2019 comes before one dated 2019-03, which \
                    comes before 2019-03-05. sort=-date reverses the order. Paged by milestone; each page groups its \
                    milestones by year.""")
    @APIResponse(
            responseCode = "200",
            description = "One page of milestones",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TimelineViews.Page.class)))
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    @APIResponse(
            responseCode = "400",
            description = "A parameter is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TimelineViews.Page timeline(
            @BeanParam AchievementQuery query,
            @Parameter(
                            description = "Order: date (earliest first; the default) or -date (latest first)",
                            schema = @Schema(enumeration = {"date", "-date"}))
                    @QueryParam("sort")
                    String sort,
            @BeanParam Paging paging,
            @BeanParam Language language) {
        if (sort != null && !sort.isEmpty() && !sort.equals("date") && !sort.equals("-date")) {
            throw ProblemException.invalid("sort", "the timeline sorts by date or -date");
        }
        PageRequest page = paging.request();
        Catalogue c = reads.catalogue();
        return TimelineViews.of(c, reads.filter(c, query, null), "-date".equals(sort), page, language.resolve());
    }
}
