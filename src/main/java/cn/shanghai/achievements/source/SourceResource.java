package cn.shanghai.achievements.source;

import cn.shanghai.achievements.common.Exports;
import cn.shanghai.achievements.common.Ids;
import cn.shanghai.achievements.common.PastRelease;
import cn.shanghai.achievements.common.Problem;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The source documents. */
@NonBlocking
@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources")
public class SourceResource {

    @Inject
    ObjectMapper json;

    @Inject
    SourceService service;

    @GET
    @Operation(
            operationId = "listSources",
            summary = "List the source documents",
            description =
                    "The five documents every fact in the catalogue is traced to, with how many citations point at each.")
    @APIResponse(responseCode = "200", description = "The documents")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    public List<SourceView> list(@BeanParam PastRelease release) {
        return service.list();
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getSource",
            summary = "Get one source document and what it supports",
            description = "The document, and every achievement with a milestone or institution link that cites it.")
    @APIResponse(responseCode = "200", description = "The document")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    @APIResponse(
            responseCode = "400",
            description = "The id is not a slug",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No source has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SourceView get(
            @Parameter(description = "Source id", example = "sh-stp-2019")
                    @PathParam("id")
                    @Pattern(regexp = Ids.SLUG, message = Ids.MESSAGE)
                    String id,
            @BeanParam PastRelease release) {
        return service.get(id);
    }

    @GET
    @Path("export")
    @Produces({"application/x-ndjson"})
    @Blocking
    @Operation(
            operationId = "exportSources",
            summary = "Export every source",
            description =
                    "Every source of the release served, streamed: NDJSON, one document a line with its reference line and how many citations point to it. The ETag follows the release, not the build.")
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
        return Exports.ndjsonDownload(format, service.list(), "sources", json);
    }
}
