package cn.shanghai.achievements.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail: the one shape of every error this API returns. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details, served as application/problem+json.")
public record Problem(
        @Schema(required = true, format = "uri", example = "https://achievements.sh.cn/problems/invalid-parameter")
        String type,

        @Schema(required = true, example = "Invalid parameter")
        String title,

        @Schema(required = true, example = "400") int status,

        @Schema(required = true, example = "1 query parameter is invalid; see errors.")
        String detail,

        @Schema(example = "/api/v1/achievements?size=abc") String instance,

        @Schema(description = "One entry per bad parameter.")
        List<FieldError> errors,

        @Schema(description = "410 only: the release that removed the record", example = "3")
        Integer removedIn,

        @Schema(
                format = "uri-reference",
                description =
                        "410 only, for a merged record: the record that replaced it (also a Link, rel=successor-version)",
                example = "/api/v1/achievements/gv-971")
        String replacedBy) {

    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, null, null);
    }

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://achievements.sh.cn/problems/";

    /** One bad input: which parameter, and what to send instead. */
    @Schema(name = "ProblemError")
    public record FieldError(
            @Schema(required = true, example = "size") String parameter,

            @Schema(required = true, example = "must be a whole number from 1 to 100")
            String message) {}
}
