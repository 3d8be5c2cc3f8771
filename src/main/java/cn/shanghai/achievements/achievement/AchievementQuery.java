package cn.shanghai.achievements.achievement;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The achievement filters as they arrive: bound as text, so that every bad value gets a 400 that says why. */
public class AchievementQuery {

    /** The description of the list orders, shared by the operations that sort achievements. */
    static final String SORT =
            "Order: date (earliest milestone first), -date (latest milestone first; the default), name, -name (English name), relevance (needs q; the default with q)";

    @QueryParam("q")
    @Parameter(
            description =
                    "Text in any script or language, matched literally (case-insensitive) against names, aliases and summaries; at most 200 characters",
            example = "九期一")
    public String q;

    @QueryParam("category")
    @Parameter(
            description = "Category id, repeatable (see /api/v1/categories)",
            example = "drug",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> category;

    @QueryParam("sector")
    @Parameter(
            description = "Sector id, repeatable",
            example = "biomedicine",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> sector;

    @QueryParam("institution")
    @Parameter(
            description = "Institution id, repeatable; includes the institutions that belong to it",
            example = "simm",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> institution;

    @QueryParam("milestone")
    @Parameter(
            description = "Milestone type, repeatable: achievements with such a milestone (within the dates, if given)",
            example = "approved",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> milestone;

    @QueryParam("year")
    @Parameter(
            description = "YYYY, YYYY-MM or YYYY-MM-DD: a milestone within it",
            example = "2019",
            schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{4}(-\\d{2}(-\\d{2})?)?$"))
    public String year;

    @QueryParam("from")
    @Parameter(
            description =
                    "YYYY, YYYY-MM or YYYY-MM-DD: a milestone whose interval ends on or after the start of this date",
            example = "2019-11",
            schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{4}(-\\d{2}(-\\d{2})?)?$"))
    public String from;

    @QueryParam("release")
    @Parameter(
            description =
                    "Read a past release (a number from /api/v1/releases) instead of the current one, while this instance holds it: the current one and the two it replaced by default (catalogue.read-model.past-releases); any release can be downloaded whole from /api/v1/releases/{seq}/dump",
            example = "1",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{1,9}$"))
    public String release;

    @QueryParam("updatedSince")
    @Parameter(
            description =
                    "Only records created or changed after this release (a release number, as a sync keeps it), or in the releases published on or after this date (YYYY-MM-DD) or instant (RFC 3339)",
            example = "1")
    public String updatedSince;

    @QueryParam("to")
    @Parameter(
            description =
                    "YYYY, YYYY-MM or YYYY-MM-DD: a milestone whose interval starts on or before the end of this date",
            example = "2019",
            schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{4}(-\\d{2}(-\\d{2})?)?$"))
    public String to;
}
