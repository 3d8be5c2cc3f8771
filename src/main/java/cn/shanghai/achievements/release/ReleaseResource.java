package cn.shanghai.achievements.release;

import cn.shanghai.achievements.api.Links;
import cn.shanghai.achievements.catalogue.Catalogue;
import cn.shanghai.achievements.common.PageRequest;
import cn.shanghai.achievements.common.PageView;
import cn.shanghai.achievements.common.Paging;
import cn.shanghai.achievements.common.Problem;
import cn.shanghai.achievements.model.Release;
import cn.shanghai.achievements.store.RecordHistory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
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
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The releases: every dataset version the service has loaded, what changed between two, and each as a download. */
@NonBlocking
@Path("/api/v1/releases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Releases")
public class ReleaseResource {

    @Inject
    Releases releases;

    @Inject
    ObjectMapper json;

    @GET
    @Operation(
            operationId = "listReleases",
            summary = "List the releases",
            description =
                    "Every release up to the one served, newest first: its number, dataset version, publication time, counts and the curators' notes.")
    @APIResponse(
            responseCode = "200",
            description = "One page of releases",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReleasePage.class)))
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    @APIResponse(
            responseCode = "400",
            description = "A parameter is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(@BeanParam Paging paging, @Context HttpServerRequest http) {
        PageRequest page = paging.request();
        List<Release> all = releases.catalogue().releases();
        return Links.page(PageView.of(page.slice(all), ReleaseView::of, page, all.size()), http);
    }

    @GET
    @Path("{seq}")
    @Operation(
            operationId = "getRelease",
            summary = "Get one release",
            description = "One release: its number, dataset version, publication time, counts, notes and links.")
    @APIResponse(responseCode = "200", description = "The release")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    @APIResponse(
            responseCode = "400",
            description = "Not a release number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such release",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReleaseView get(@Parameter(description = "Release number", example = "1") @PathParam("seq") String seq) {
        Catalogue c = releases.catalogue();
        return ReleaseView.of(Releases.release(c, Releases.seq(c, "seq", seq)));
    }

    @GET
    @Path("{seq}/changes")
    @Blocking
    @Operation(operationId = "listReleaseChanges", summary = "What changed between two releases", description = """
                    Every record created, updated or deleted between release {seq} and release `to` (default: the one \
                    served), of every kind, with the top-level fields that changed, in order of kind and id; a record \
                    changed twice in between is listed once, as it differs between the two. For the records themselves \
                    follow /api/v1/changes?since={seq}.""")
    @APIResponse(
            responseCode = "200",
            description = "One page of differences",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ChangesPage.class)))
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    @APIResponse(
            responseCode = "400",
            description = "A release number is invalid, or to is before from",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such release",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response changes(
            @Parameter(description = "The earlier release (0: before the first)", example = "1") @PathParam("seq")
                    String seq,
            @Parameter(
                            description = "The later release (default: the one served)",
                            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0"))
                    @QueryParam("to")
                    String to,
            @BeanParam Paging paging,
            @Context HttpServerRequest http) {
        Catalogue c = releases.catalogue();
        int from = Releases.seq(c, "seq", seq);
        int until = to == null || to.isEmpty() ? c.release().seq() : Releases.seq(c, "to", to);
        if (until < from) {
            throw cn.shanghai.achievements.common.ProblemException.invalid(
                    "to", "must not be before the release " + from);
        }
        PageRequest page = paging.request();
        List<RecordHistory.Change> all = releases.between(from, until);
        PageView<ChangeView> view = PageView.of(page.slice(all), ch -> ChangeView.of(ch, false), page, all.size());
        return Response.fromResponse(Links.page(view, http))
                .entity(new ChangesPage(from, until, view.items(), view.page(), view.size(), view.total()))
                .build();
    }

    @GET
    @Path("{seq}/dump")
    @Produces("application/x-ndjson")
    @Blocking
    @Operation(operationId = "exportRelease", summary = "Every record of a release, as NDJSON", description = """
                    The whole catalogue as one release holds it: one record a line, {"kind", "id", "updatedIn", \
                    "record"}, in order of kind and id, every kind (sources, vocabularies, institutions, achievements, \
                    indicators), records as stored. Any release the database holds can be downloaded, and the bytes of \
                    a release never change: its ETag follows the release, not the build.""")
    @APIResponse(
            responseCode = "200",
            description = "The records, one a line",
            content = @Content(mediaType = "application/x-ndjson", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    @APIResponse(
            responseCode = "400",
            description = "Not a release number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such release",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response exportDump(@Parameter(description = "Release number", example = "1") @PathParam("seq") String seq) {
        Catalogue c = releases.catalogue();
        Release r = Releases.release(c, Releases.seq(c, "seq", seq));
        int total = r.counts().values().stream().mapToInt(Integer::intValue).sum();
        StreamingOutput body = out -> dump(r.seq(), out);
        return Response.ok(body)
                .type("application/x-ndjson; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"catalogue-release-" + r.seq() + ".ndjson\"")
                .header("X-Total-Count", total)
                .build();
    }

    private void dump(int seq, OutputStream raw) throws IOException {
        OutputStream out = new BufferedOutputStream(raw, 1 << 16);
        try {
            releases.records(seq, ch -> {
                ObjectNode line = json.createObjectNode();
                line.put("kind", ch.kind().wire);
                line.put("id", ch.id());
                line.put("updatedIn", ch.release());
                line.set("record", ch.record());
                try {
                    out.write(json.writeValueAsBytes(line));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    /** The schema of one page of releases, for the contract. */
    @Schema(name = "ReleasePage")
    public record ReleasePage(
            @Schema(required = true) List<ReleaseView> items,
            @Schema(required = true, example = "1") int page,
            @Schema(required = true, example = "20") int size,
            @Schema(required = true, example = "3") long total) {}
}
