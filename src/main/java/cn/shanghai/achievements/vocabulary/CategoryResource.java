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

/** The category vocabulary with counts. */
@NonBlocking
@Path("/api/v1/categories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vocabulary")
public class CategoryResource {

    @Inject
    VocabularyService service;

    @GET
    @Operation(
            operationId = "listCategories",
            summary = "List the categories",
            description =
                    "Every category of the vocabulary with its names in three scripts, its usual sector and how many achievements it holds.")
    @APIResponse(responseCode = "200", description = "The categories, in vocabulary order")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    public List<CategoryView> list() {
        return service.categories();
    }
}
