package cn.shanghai.achievements.release;

import cn.shanghai.achievements.common.ApiPaths;
import cn.shanghai.achievements.model.Release;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A release: one dataset version the service has loaded, in order. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Release")
public record ReleaseView(
        @Schema(required = true, description = "The release number, from 1, never reused", example = "3")
        int seq,

        @Schema(
                required = true,
                description = "The dataset version (a hash of the records)",
                example = "3f1c9a0b5d2e7f64")
        String version,

        @Schema(required = true, description = "When it was written to the database")
        Instant publishedAt,

        @Schema(required = true, description = "How many records of each kind it holds")
        Map<String, Integer> counts,

        @Schema(description = "What the curators say of it: what was added, corrected, removed and why")
        String notes,

        @Schema(required = true) Links links) {

    /** Where to go from a release. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ReleaseLinks")
    public record Links(
            @Schema(required = true, example = "/api/v1/releases/3")
            String self,

            @Schema(description = "What changed since the release before", example = "/api/v1/releases/2/changes?to=3")
            String changes,

            @Schema(
                    required = true,
                    description = "Every record of this release, as NDJSON",
                    example = "/api/v1/releases/3/dump")
            String dump) {}

    static ReleaseView of(Release r) {
        String self = ApiPaths.release(r.seq());
        return new ReleaseView(
                r.seq(),
                r.version(),
                r.publishedAt(),
                r.counts(),
                r.notes(),
                new Links(
                        self,
                        r.seq() > 1 ? ApiPaths.release(r.seq() - 1) + "/changes?to=" + r.seq() : null,
                        self + "/dump"));
    }
}
