package cn.shanghai.achievements.model;

import cn.shanghai.achievements.common.Citation;
import cn.shanghai.achievements.common.Localized;
import java.util.List;

/** A concrete, nameable result: one record per thing, however many documents mention it. */
public record Achievement(
        String id,
        String category,
        String sector,
        Localized name,
        List<String> aliases,
        Localized summary,
        List<InstitutionLink> institutions,
        List<Milestone> milestones,
        List<OmittedInstitution> omittedInstitutions) {

    public Achievement {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        institutions = institutions == null ? List.of() : List.copyOf(institutions);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        omittedInstitutions = omittedInstitutions == null ? List.of() : List.copyOf(omittedInstitutions);
    }

    /** The roles an institution can have in an achievement, in one closed list. */
    public static final List<String> ROLES = List.of(
            "developer",
            "co-developer",
            "manufacturer",
            "maker",
            "designer",
            "builder",
            "operator",
            "customer",
            "contributor");

    /**
     * How a milestone's date was established, in one closed list. {@code stated}: the text gives the year;
     * {@code reporting-year}: an annual report tells of the event in the year it covers; {@code undated}: a report
     * mentions it without dating it, so the date is the report's year and means "reported by then";
     * {@code document-date}: a document that is not a year's report gives no date, so the date is the document's.
     */
    public static final List<String> DATE_BASES = List.of("stated", "reporting-year", "undated", "document-date");

    /** Whether a date basis dates a milestone by the document that reports it rather than by the event. */
    public static boolean reportedBy(String dateBasis) {
        return "undated".equals(dateBasis) || "document-date".equals(dateBasis);
    }

    /**
     * An institution the record's own quotes name but that is deliberately not linked (named as a location, as part
     * of another name, or for another thing), with the reason: the validator holds every named institution to be
     * linked or listed here.
     */
    public record OmittedInstitution(String id, String reason) {}

    /** An institution's part in the achievement, with its evidence. */
    public record InstitutionLink(String id, String role, List<Citation> citations) {

        public InstitutionLink {
            citations = citations == null ? List.of() : List.copyOf(citations);
        }
    }

    /** What happened and when, dated only as precisely as its source allows, with its evidence. */
    public record Milestone(String type, String date, String dateBasis, Localized note, List<Citation> citations) {

        public Milestone {
            citations = citations == null ? List.of() : List.copyOf(citations);
        }
    }
}
