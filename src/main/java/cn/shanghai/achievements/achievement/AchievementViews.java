package cn.shanghai.achievements.achievement;

import cn.shanghai.achievements.common.ApiPaths;
import cn.shanghai.achievements.common.CitationView;
import cn.shanghai.achievements.common.Hyperlinks;
import cn.shanghai.achievements.common.Lang;
import cn.shanghai.achievements.common.Localized;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The wire views of an achievement: a list item and the full detail. */
public final class AchievementViews {

    private AchievementViews() {}

    /** An achievement as a list shows it. */
    @Schema(name = "AchievementSummary")
    public record Summary(
            @Schema(required = true, example = "gv-971") String id,
            @Schema(required = true, example = "drug") String category,

            @Schema(required = true, example = "biomedicine")
            String sector,

            @Schema(required = true) Localized name,

            @Schema(required = true, description = "The name in the language asked for (lang, else Accept-Language)")
            String displayName,

            @Schema(required = true) List<String> aliases,

            @Schema(required = true, description = "The earliest milestone")
            MilestoneRef firstMilestone,

            @Schema(required = true, description = "The latest milestone")
            MilestoneRef latestMilestone,

            @Schema(required = true) List<InstitutionRef> institutions,
            @Schema(required = true) Hyperlinks links) {

        static Summary from(Achievement a, Lang lang) {
            List<Milestone> ordered = chronological(a.milestones);
            Localized name = Localized.of(a.name);
            return new Summary(
                    a.id,
                    a.category.id,
                    a.sector.id,
                    name,
                    lang.pick(name),
                    List.copyOf(a.aliases),
                    MilestoneRef.from(ordered.get(0)),
                    MilestoneRef.from(ordered.get(ordered.size() - 1)),
                    a.institutions.stream().map(InstitutionRef::from).toList(),
                    Hyperlinks.self(ApiPaths.achievement(a.id)));
        }
    }

    /** One achievement with its milestones, institutions and citations. */
    @Schema(name = "Achievement")
    public record Detail(
            @Schema(required = true, example = "gv-971") String id,
            @Schema(required = true, example = "drug") String category,

            @Schema(required = true, example = "biomedicine")
            String sector,

            @Schema(required = true) Localized name,

            @Schema(required = true, description = "The name in the language asked for (lang, else Accept-Language)")
            String displayName,

            @Schema(required = true) List<String> aliases,
            @Schema(required = true) Localized summary,
            @Schema(required = true) List<InstitutionLink> institutions,

            @Schema(required = true, description = "In date order")
            List<MilestoneView> milestones,

            @Schema(required = true) Hyperlinks links) {

        static Detail from(Achievement a, Lang lang) {
            Localized name = Localized.of(a.name);
            return new Detail(
                    a.id,
                    a.category.id,
                    a.sector.id,
                    name,
                    lang.pick(name),
                    List.copyOf(a.aliases),
                    Localized.of(a.summary),
                    a.institutions.stream().map(InstitutionLink::from).toList(),
                    chronological(a.milestones).stream()
                            .map(MilestoneView::from)
                            .toList(),
                    Hyperlinks.self(ApiPaths.achievement(a.id)));
        }
    }

    /** A milestone in a list item: what and when. */
    @Schema(name = "MilestoneRef")
    public record MilestoneRef(
            @Schema(required = true, example = "approved") String type,
            @Schema(required = true, example = "2019-11") String date,

            @Schema(
                    required = true,
                    enumeration = {"year", "month", "day"})
            String precision) {

        static MilestoneRef from(Milestone m) {
            return new MilestoneRef(m.type.id, m.date, m.precision);
        }
    }

    /** A milestone with its evidence. */
    @Schema(name = "Milestone")
    public record MilestoneView(
            @Schema(required = true, example = "approved") String type,

            @Schema(
                    required = true,
                    description = "YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source",
                    example = "2019-11")
            String date,

            @Schema(
                    required = true,
                    enumeration = {"year", "month", "day"})
            String precision,

            @Schema(
                    required = true,
                    enumeration = {"stated", "reporting-year", "document-date"},
                    description =
                            "stated: the source gives the year; reporting-year: an annual report tells of the event in the year it covers (at most a month or day given); document-date: the source gives no date, and the date is the year of the document that reports the fact (reported by then)")
            String dateBasis,

            @Schema(required = true) List<CitationView> citations) {

        static MilestoneView from(Milestone m) {
            return new MilestoneView(
                    m.type.id,
                    m.date,
                    m.precision,
                    m.dateBasis,
                    m.citations.stream().map(CitationView::from).toList());
        }
    }

    /** An institution in a list item. */
    @Schema(name = "AchievementInstitutionRef")
    public record InstitutionRef(
            @Schema(required = true, example = "simm") String id,
            @Schema(required = true) Localized name,

            @Schema(required = true, example = "co-developer")
            String role) {

        static InstitutionRef from(AchievementInstitution l) {
            return new InstitutionRef(l.institution.id, Localized.of(l.institution.name), l.role);
        }
    }

    /** An institution's part in an achievement, with its evidence. */
    @Schema(name = "AchievementInstitution")
    public record InstitutionLink(
            @Schema(required = true, example = "simm") String id,
            @Schema(required = true) Localized name,

            @Schema(
                    required = true,
                    enumeration = {
                        "developer",
                        "co-developer",
                        "manufacturer",
                        "designer",
                        "builder",
                        "operator",
                        "contributor"
                    })
            String role,

            @Schema(required = true) List<CitationView> citations,

            @Schema(required = true, example = "/api/v1/institutions/simm")
            String href) {

        static InstitutionLink from(AchievementInstitution l) {
            return new InstitutionLink(
                    l.institution.id,
                    Localized.of(l.institution.name),
                    l.role,
                    l.citations.stream().map(CitationView::from).toList(),
                    ApiPaths.institution(l.institution.id));
        }
    }

    /** Date order that respects precision: "2019" before "2019-03" before "2019-03-05". */
    static final Comparator<Milestone> CHRONOLOGICAL = Comparator.comparing((Milestone m) -> m.startDate)
            .thenComparing(m -> m.date.length())
            .thenComparing(m -> m.position);

    static List<Milestone> chronological(List<Milestone> milestones) {
        return milestones.stream().sorted(CHRONOLOGICAL).toList();
    }

    /** The schema of one page of achievements, for the contract (the wire form is {@link cn.shanghai.achievements.common.PageView}). */
    @Schema(name = "AchievementPage")
    public record AchievementPage(
            @Schema(required = true) List<Summary> items,
            @Schema(required = true, example = "1") int page,
            @Schema(required = true, example = "20") int size,
            @Schema(required = true, example = "137") long total) {}
}
