package cn.shanghai.achievements.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a representation and its related resources live: relative URLs, so that they survive any proxy. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"self", "achievements", "openapi"})
@Schema(name = "Links", description = "Links to this resource and related ones, relative to the host")
public record Hyperlinks(
        @Schema(
                required = true,
                description = "This resource",
                example = "/api/v1/achievements/gv-971",
                maxLength = 200)
        String self,

        @Schema(description = "Its achievements (institutions) or all achievements (the dataset)", maxLength = 200)
        String achievements,

        @Schema(description = "The API contract (the dataset)", maxLength = 200)
        String openapi) {

    public static Hyperlinks self(String href) {
        return new Hyperlinks(href, null, null);
    }
}
