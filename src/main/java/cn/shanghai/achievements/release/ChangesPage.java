package cn.shanghai.achievements.release;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The differences between two releases, one page of them. */
@Schema(name = "ReleaseChanges")
public record ChangesPage(
        @Schema(required = true, example = "2") int from,
        @Schema(required = true, example = "3") int to,
        @Schema(required = true) List<ChangeView> items,
        @Schema(required = true, example = "1") int page,
        @Schema(required = true, example = "20") int size,
        @Schema(required = true, example = "7") long total) {}
