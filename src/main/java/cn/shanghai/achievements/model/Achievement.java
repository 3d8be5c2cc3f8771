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
        List<Milestone> milestones) {

    public Achievement {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        institutions = institutions == null ? List.of() : List.copyOf(institutions);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    /** An institution's part in the achievement, with its evidence. */
    public record InstitutionLink(String id, String role, List<Citation> citations) {

        public InstitutionLink {
            citations = citations == null ? List.of() : List.copyOf(citations);
        }
    }

    /** What happened and when, dated only as precisely as its source allows, with its evidence. */
    public record Milestone(String type, String date, String dateBasis, List<Citation> citations) {

        public Milestone {
            citations = citations == null ? List.of() : List.copyOf(citations);
        }
    }
}
