package cn.shanghai.achievements.vocabulary;

import cn.shanghai.achievements.common.Localized;
import java.util.List;

/** The vocabulary as the seed states it. */
public record VocabularyDraft(List<Term> sectors, List<CategoryTerm> categories, List<Term> milestoneTypes) {

    /** A sector or milestone type. */
    public record Term(String id, Localized name) {}

    /** A category and its usual sector. */
    public record CategoryTerm(String id, String sector, Localized name) {}
}
