package cn.shanghai.achievements.common;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging parameters of every list, bound as text so that a bad value gets a 400 that says why. */
public class Paging {

    @QueryParam("page")
    @Parameter(
            description = "Page number, from 1",
            example = "1",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "1000000"))
    public String page;

    @QueryParam("size")
    @Parameter(
            description = "Page size, from 1 to 100 (default 20)",
            example = "20",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100"))
    public String size;

    public PageRequest request() {
        return PageRequest.parse(page, size);
    }
}
