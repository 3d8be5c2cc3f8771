package cn.shanghai.achievements.release;

import cn.shanghai.achievements.catalogue.Catalogue;
import cn.shanghai.achievements.common.Problem;
import cn.shanghai.achievements.common.ProblemException;
import cn.shanghai.achievements.store.RecordHistory;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The change feed: what a copy synced at one release needs to reach the one served, deletions included, in pages
 * that follow one another by cursor.
 */
@NonBlocking
@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Releases")
public class ChangeFeedResource {

    static final int DEFAULT_SIZE = 100;

    @Inject
    Releases releases;

    @GET
    @Blocking
    @Operation(operationId = "listChanges", summary = "The change feed since a release", description = """
                    Every change of every release after `since` up to the one served, in order of release, kind and \
                    id: records created and updated (with the record as the release stores it, the form of the dump) \
                    and deleted (with replacedBy for a merge). Follow Link rel=next (or `next`) to the end; applying \
                    every change to a copy of release `since` gives the dump of the release served. A page that \
                    nothing new has changed answers 304 to its ETag.""")
    @APIResponse(
            responseCode = "200",
            description = "One page of changes",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedPage.class)))
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    @APIResponse(
            responseCode = "400",
            description = "since, cursor or size is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "since is a release that does not exist yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(
                            description = "The release the copy holds (0: none, for a full copy)",
                            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0"))
                    @QueryParam("since")
                    String since,
            @Parameter(description = "Where the page before ended: the next cursor it gave") @QueryParam("cursor")
                    String cursor,
            @Parameter(
                            description = "Changes a page, from 1 to 1000 (default 100)",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "1000"))
                    @QueryParam("size")
                    String size) {
        Catalogue c = releases.catalogue();
        int from = since == null || since.isEmpty() ? 0 : Releases.seq(c, "since", since);
        int n = DEFAULT_SIZE;
        if (size != null && !size.isEmpty()) {
            if (!size.matches("[0-9]{1,4}")
                    || Integer.parseInt(size) < 1
                    || Integer.parseInt(size) > Releases.MAX_FEED_PAGE) {
                throw ProblemException.invalid("size", "must be a whole number from 1 to " + Releases.MAX_FEED_PAGE);
            }
            n = Integer.parseInt(size);
        }
        RecordHistory.Cursor after = Releases.cursor(cursor);
        int until = c.release().seq();
        // one more than asked says whether there is a next page
        List<RecordHistory.Change> found = releases.feed(from, until, after, n + 1);
        boolean more = found.size() > n;
        List<RecordHistory.Change> page = more ? found.subList(0, n) : found;
        String next = more ? Releases.cursor(page.get(page.size() - 1)) : null;
        Response.ResponseBuilder r = Response.ok(new FeedPage(
                from, until, page.stream().map(ch -> ChangeView.of(ch, true)).toList(), next));
        if (next != null) {
            r.header(
                    "Link",
                    "</api/v1/changes?since=" + from + "&cursor=" + URLEncoder.encode(next, StandardCharsets.UTF_8)
                            + "&size=" + n + ">; rel=\"next\"");
        }
        return r.build();
    }
}
