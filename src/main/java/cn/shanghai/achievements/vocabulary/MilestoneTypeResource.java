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

/** The milestone types: what each kind of milestone means, and how often it occurs. */
@NonBlocking
@Path("/api/v1/milestone-types")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vocabulary")
public class MilestoneTypeResource {

    @Inject
    VocabularyService service;

    @GET
    @Operation(
            operationId = "listMilestoneTypes",
            summary = "List the milestone types",
            description =
                    "Every milestone type with its names and definition in three scripts (what the documents report: an approval, a first flight of one test airframe, a running total reached, a status reported), how many milestones have it and how many achievements; the milestone filter and facet take these ids.")
    @APIResponse(responseCode = "200", description = "The milestone types, in vocabulary order")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    public List<TermView> list() {
        return service.milestoneTypes();
    }
}
