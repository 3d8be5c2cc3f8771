package cn.shanghai.achievements.release;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the change feed. */
@Schema(name = "ChangeFeed")
public record FeedPage(
        @Schema(required = true, description = "The release the feed starts after", example = "2")
        int since,

        @Schema(required = true, description = "The release the feed runs to (the one served)", example = "4")
        int until,

        @Schema(required = true, description = "In order of release, kind and id")
        List<ChangeView> items,

        @Schema(description = "The cursor of the next page (also the Link rel=next); absent on the last page")
        String next) {}
