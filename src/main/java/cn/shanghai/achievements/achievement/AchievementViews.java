package cn.shanghai.achievements.achievement;

import cn.shanghai.achievements.catalogue.Catalogue;
import cn.shanghai.achievements.catalogue.CatalogueDerivation;
import cn.shanghai.achievements.catalogue.Chronology;
import cn.shanghai.achievements.citation.References;
import cn.shanghai.achievements.common.ApiPaths;
import cn.shanghai.achievements.common.CitationView;
import cn.shanghai.achievements.common.Hyperlinks;
import cn.shanghai.achievements.common.Lang;
import cn.shanghai.achievements.common.Localized;
import cn.shanghai.achievements.common.PartialDate;
import cn.shanghai.achievements.model.Achievement;
import cn.shanghai.achievements.model.Institution;
import cn.shanghai.achievements.model.RecordKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The wire views of an achievement, a list item and the full detail, built once per release and language: list
 * items when the release's read model is built, details on first request, and kept as long as the release is served.
 */
@ApplicationScoped
public class AchievementViews implements CatalogueDerivation {

    /** Every achievement's views in one release, by ord and language. */
    static final class Built {
        private final Summary[][] summaries;
        private final AtomicReferenceArray<Detail[]> details;

        Built(Summary[][] summaries, int n) {
            this.summaries = summaries;
            this.details = new AtomicReferenceArray<>(n);
        }
    }

    @Override
    public void prepare(Catalogue catalogue) {
        built(catalogue);
    }

    static Built built(Catalogue c) {
        return c.derived(AchievementViews.class, AchievementViews::build);
    }

    private static Built build(Catalogue c) {
        int n = c.achievements().size();
        Summary[][] summaries = new Summary[Lang.values().length][n];
        for (int i = 0; i < n; i++) {
            Achievement a = c.achievementAt(i);
            List<Achievement.Milestone> ordered = Chronology.order(a.milestones());
            MilestoneRef first = ordered.isEmpty() ? null : MilestoneRef.from(ordered.get(0));
            MilestoneRef latest = ordered.isEmpty() ? null : MilestoneRef.from(ordered.get(ordered.size() - 1));
            List<InstitutionRef> institutions = new ArrayList<>();
            for (Achievement.InstitutionLink l : a.institutions()) {
                c.institution(l.id())
                        .ifPresent(inst -> institutions.add(new InstitutionRef(inst.id(), inst.name(), l.role())));
            }
            List<InstitutionRef> links = List.copyOf(institutions);
            Hyperlinks self = Hyperlinks.self(ApiPaths.achievement(a.id()));
            int createdIn = c.createdIn(RecordKind.ACHIEVEMENT, a.id());
            int updatedIn = c.updatedIn(RecordKind.ACHIEVEMENT, a.id());
            java.time.Instant updatedAt = c.publishedAt(updatedIn);
            for (Lang lang : Lang.values()) {
                summaries[lang.ordinal()][i] = new Summary(
                        a.id(),
                        a.category(),
                        a.sector(),
                        a.name(),
                        lang.pick(a.name()),
                        a.aliases(),
                        first,
                        latest,
                        links,
                        createdIn,
                        updatedIn,
                        updatedAt,
                        self);
            }
        }
        return new Built(summaries, n);
    }

    /** The list item of the achievement at an ord, in a language. */
    static Summary summary(Catalogue c, int ord, Lang lang) {
        return built(c).summaries[lang.ordinal()][ord];
    }

    static Summary summary(Catalogue c, Achievement a, Lang lang) {
        return summary(c, c.achievementOrd(a.id()), lang);
    }

    /** The detail of an achievement, in a language: built on first request, then kept. */
    static Detail detail(Catalogue c, Achievement a, Lang lang) {
        Built b = built(c);
        int ord = c.achievementOrd(a.id());
        Detail[] perLang = b.details.get(ord);
        if (perLang == null) {
            b.details.compareAndSet(ord, null, details(c, a));
            perLang = b.details.get(ord);
        }
        return perLang[lang.ordinal()];
    }

    /**
     * The detail of an achievement for a pass over many (an export): the kept one if a request built it, else one
     * built for this pass alone and not kept, so that an export of every record does not leave every record's detail
     * behind in memory (at 100,000 records, about 400 MB).
     */
    static Detail passingDetail(Catalogue c, Achievement a, Lang lang) {
        Detail[] kept = built(c).details.get(c.achievementOrd(a.id()));
        return (kept != null ? kept : details(c, a))[lang.ordinal()];
    }

    /** Whether the detail of an achievement is kept (a request asked for it). */
    static boolean kept(Catalogue c, String id) {
        return built(c).details.get(c.achievementOrd(id)) != null;
    }

    /** An achievement's detail in every language (they share everything but the display name). */
    private static Detail[] details(Catalogue c, Achievement a) {
        Detail[] perLang = new Detail[Lang.values().length];
        Function<String, Localized> references = References.of(c);
        List<InstitutionLink> institutions = new ArrayList<>();
        for (Achievement.InstitutionLink l : a.institutions()) {
            c.institution(l.id()).ifPresent(inst -> institutions.add(InstitutionLink.from(l, inst, references)));
        }
        List<MilestoneView> milestones = Chronology.order(a.milestones()).stream()
                .map(m -> MilestoneView.from(m, references))
                .toList();
        Hyperlinks self = Hyperlinks.self(ApiPaths.achievement(a.id()));
        Localized cite = References.citeThis(c, a.name(), a.id(), ApiPaths.achievement(a.id()));
        int createdIn = c.createdIn(RecordKind.ACHIEVEMENT, a.id());
        int updatedIn = c.updatedIn(RecordKind.ACHIEVEMENT, a.id());
        java.time.Instant updatedAt = c.publishedAt(updatedIn);
        for (Lang lang2 : Lang.values()) {
            perLang[lang2.ordinal()] = new Detail(
                    a.id(),
                    a.category(),
                    a.sector(),
                    a.name(),
                    lang2.pick(a.name()),
                    a.aliases(),
                    a.summary(),
                    List.copyOf(institutions),
                    milestones,
                    cite,
                    createdIn,
                    updatedIn,
                    updatedAt,
                    self);
        }
        return perLang;
    }

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

            @Schema(required = true, description = "The release this record was first created in", example = "1")
            int createdIn,

            @Schema(required = true, description = "The release this record last changed in", example = "3")
            int updatedIn,

            @Schema(required = true, description = "When that release was published")
            java.time.Instant updatedAt,

            @Schema(required = true) Hyperlinks links) {}

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

            @Schema(
                    required = true,
                    description =
                            "A ready citation of this record in three scripts: the catalogue, the record, its URL, the dataset version and release, and the release's date")
            Localized cite,

            @Schema(required = true, description = "The release this record was first created in", example = "1")
            int createdIn,

            @Schema(required = true, description = "The release this record last changed in", example = "3")
            int updatedIn,

            @Schema(required = true, description = "When that release was published")
            java.time.Instant updatedAt,

            @Schema(required = true) Hyperlinks links) {}

    /** A milestone in a list item: what and when. */
    @Schema(name = "MilestoneRef")
    public record MilestoneRef(
            @Schema(required = true, example = "approved") String type,
            @Schema(required = true, example = "2019-11") String date,

            @Schema(
                    required = true,
                    enumeration = {"year", "month", "day"})
            String precision,

            @Schema(
                    required = true,
                    enumeration = {"stated", "reporting-year", "undated", "document-date"},
                    description = DATE_BASIS)
            String dateBasis) {

        static MilestoneRef from(Achievement.Milestone m) {
            return new MilestoneRef(
                    m.type(), m.date(), PartialDate.parse(m.date()).precision().name(), m.dateBasis());
        }
    }

    /** How a milestone's date was established, as the contract says it. */
    static final String DATE_BASIS = "stated: the source gives the year; reporting-year: an annual report tells of"
            + " the event in the year it covers (at most a month or day given); undated: a report mentions it without"
            + " a date, so the date is the report's year and means reported by then, not happened then; document-date:"
            + " a document that is not a year's report gives no date, and the date is the document's (reported by"
            + " then). Undated and document-date milestones match no date filter and count in no year facet.";

    /** A milestone with its evidence. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
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
                    enumeration = {"stated", "reporting-year", "undated", "document-date"},
                    description = DATE_BASIS)
            String dateBasis,

            @Schema(
                    required = true,
                    description =
                            "Whether the date is the event's own (false: the date of the document that reports it, reported by then)")
            boolean dated,

            @Schema(
                    description =
                            "What exactly the milestone is, where the type alone would say more: \"test airframe 103\", \"cumulative: 21 aircraft delivered\"")
            Localized note,

            @Schema(required = true) List<CitationView> citations) {

        static MilestoneView from(Achievement.Milestone m, Function<String, Localized> references) {
            return new MilestoneView(
                    m.type(),
                    m.date(),
                    PartialDate.parse(m.date()).precision().name(),
                    m.dateBasis(),
                    Chronology.isDated(m),
                    m.note(),
                    CitationView.of(m.citations(), references));
        }
    }

    /** An institution in a list item. */
    @Schema(name = "AchievementInstitutionRef")
    public record InstitutionRef(
            @Schema(required = true, example = "simm") String id,
            @Schema(required = true) Localized name,

            @Schema(required = true, example = "co-developer")
            String role) {}

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
                        "maker",
                        "designer",
                        "builder",
                        "operator",
                        "customer",
                        "contributor"
                    })
            String role,

            @Schema(required = true) List<CitationView> citations,

            @Schema(required = true, example = "/api/v1/institutions/simm")
            String href) {

        static InstitutionLink from(
                Achievement.InstitutionLink l, Institution i, Function<String, Localized> references) {
            return new InstitutionLink(
                    i.id(),
                    i.name(),
                    l.role(),
                    CitationView.of(l.citations(), references),
                    ApiPaths.institution(i.id()));
        }
    }

    /** The schema of one page of achievements, for the contract (the wire form is {@link cn.shanghai.achievements.common.PageView}). */
    @Schema(name = "AchievementPage")
    public record AchievementPage(
            @Schema(required = true) List<Summary> items,
            @Schema(required = true, example = "1") int page,
            @Schema(required = true, example = "20") int size,
            @Schema(required = true, example = "137") long total) {}
}
