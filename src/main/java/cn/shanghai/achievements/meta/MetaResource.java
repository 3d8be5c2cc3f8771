package cn.shanghai.achievements.meta;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The dataset's version, counts, sources and licence. */
@NonBlocking
@Path("/api/v1/meta")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dataset")
public class MetaResource {

    @Inject
    MetaService service;

    @GET
    @Operation(
            operationId = "getMeta",
            summary = "Describe the dataset",
            description =
                    "The dataset version (a hash of the seed), when it last changed, how many records of each kind it holds, the source documents and the licence.")
    @APIResponse(responseCode = "200", description = "The dataset description")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    public MetaView meta() {
        return service.meta();
    }
}
