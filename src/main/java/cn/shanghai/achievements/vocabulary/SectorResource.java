package cn.shanghai.achievements.vocabulary;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The sector vocabulary with definitions and counts. */
@NonBlocking
@Path("/api/v1/sectors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vocabulary")
public class SectorResource {

    @Inject
    VocabularyService service;

    @GET
    @Operation(
            operationId = "listSectors",
            summary = "List the sectors",
            description =
                    "Every sector of the vocabulary with its names and definition in three scripts and how many achievements it holds.")
    @APIResponse(responseCode = "200", description = "The sectors, in vocabulary order")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    public List<TermView> list() {
        return service.sectors();
    }
}
