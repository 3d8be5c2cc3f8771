package cn.shanghai.achievements.meta;

import cn.shanghai.achievements.common.Hyperlinks;
import cn.shanghai.achievements.source.SourceView;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the dataset is: version, counts, last change, sources and licence. */
@Schema(name = "Meta")
public record MetaView(
        @Schema(
                required = true,
                description = "A hash of the seed files; changes whenever the data does",
                example = "3f1c9a0b5d2e7f64")
        String datasetVersion,

        @Schema(required = true, description = "When this dataset version was written to the database")
        Instant lastChange,

        @Schema(
                required = true,
                description = "The number of the release served (see /api/v1/releases), also in Dataset-Release",
                example = "3")
        int release,

        @Schema(required = true) Counts counts,
        @Schema(required = true) List<SourceView> sources,
        @Schema(required = true) Licence licence,
        @Schema(required = true) Hyperlinks links) {

    /** How much the catalogue holds. */
    @Schema(name = "MetaCounts")
    public record Counts(
            @Schema(required = true) long achievements,
            @Schema(required = true) long institutions,
            @Schema(required = true) long sources,
            @Schema(required = true) long categories,
            @Schema(required = true) long milestones,
            @Schema(required = true) long institutionLinks,
            @Schema(required = true) long citations,
            @Schema(required = true) long indicators) {}

    /** The terms the data is published under. */
    @Schema(name = "Licence")
    public record Licence(
            @Schema(
                    required = true,
                    description = "SPDX licence id",
                    pattern = "^[A-Za-z0-9.+-]+$",
                    example = "CC-BY-4.0")
            String id,

            @Schema(required = true) String name,
            @Schema(required = true) String url,
            @Schema(required = true) String attribution) {}
}
