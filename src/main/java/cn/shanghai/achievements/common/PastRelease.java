package cn.shanghai.achievements.common;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code release} parameter of the reads that can answer from a past release (checked by the edge's filter). */
public class PastRelease {

    @QueryParam("release")
    @Parameter(
            description =
                    "Read a past release (a number from /api/v1/releases) instead of the current one, while this instance holds it: the current one and the two it replaced by default (catalogue.read-model.past-releases); any release can be downloaded whole from /api/v1/releases/{seq}/dump",
            example = "1",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{1,9}$"))
    public String release;
}
