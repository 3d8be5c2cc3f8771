package cn.shanghai.achievements.source;

import cn.shanghai.achievements.common.Ids;
import cn.shanghai.achievements.common.Problem;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    SourceService service;

    @GET
    @Operation(
            operationId = "listSources",
            summary = "List the source documents",
            description =
                    "The five documents every fact in the catalogue is traced to, with how many citations point at each.")
    @APIResponse(responseCode = "200", description = "The documents")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    public List<SourceView> list() {
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
                    String id) {
        return service.get(id);
    }
}
