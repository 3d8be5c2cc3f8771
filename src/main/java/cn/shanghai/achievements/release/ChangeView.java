package cn.shanghai.achievements.release;

import cn.shanghai.achievements.common.ApiPaths;
import cn.shanghai.achievements.store.RecordHistory;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One record created, updated or deleted in a release. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Change")
public record ChangeView(
        @Schema(required = true, description = "The release the change came in", example = "3")
        int release,

        @Schema(
                required = true,
                enumeration = {
                    "source",
                    "sector",
                    "category",
                    "milestone-type",
                    "institution",
                    "achievement",
                    "indicator"
                })
        String kind,

        @Schema(required = true, example = "gv-971") String id,

        @Schema(
                required = true,
                enumeration = {"created", "updated", "deleted"})
        String change,

        @Schema(
                required = true,
                description =
                        "The record's top-level fields that changed (every field of a created record; none of a deleted one)")
        List<String> fields,

        @Schema(
                description = "For a record merged into another: the id of the record that replaced it",
                pattern = "^[a-z0-9]+(-[a-z0-9]+)*$")
        String replacedBy,

        @Schema(
                description = "The record's own path in the API, where it has one",
                example = "/api/v1/achievements/gv-971")
        String href,

        @Schema(
                type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                implementation = java.util.Map.class,
                description =
                        "The feed only, for a created or updated record: the record as the release stores it (the form of the dump)")
        JsonNode record) {

    static ChangeView of(RecordHistory.Change c, boolean withRecord) {
        return new ChangeView(
                c.release(),
                c.kind().wire,
                c.id(),
                c.change(),
                c.fields(),
                c.replacedBy(),
                c.change().equals("deleted") ? null : ApiPaths.of(c.kind().wire, c.id()),
                withRecord ? c.record() : null);
    }
}
