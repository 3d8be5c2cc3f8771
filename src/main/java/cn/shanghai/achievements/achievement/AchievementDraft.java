package cn.shanghai.achievements.achievement;

import cn.shanghai.achievements.common.CitationDraft;
import cn.shanghai.achievements.common.Localized;
import java.util.List;

/** An achievement as the seed states it. */
public record AchievementDraft(
        String id,
        String category,
        String sector,
        Localized name,
        List<String> aliases,
        Localized summary,
        List<LinkDraft> institutions,
        List<MilestoneDraft> milestones) {

    /** A link to an institution, with its role and evidence. */
    public record LinkDraft(String id, String role, List<CitationDraft> citations) {}

    /** A dated event, with its evidence. */
    public record MilestoneDraft(String type, String date, String dateBasis, List<CitationDraft> citations) {}
}
