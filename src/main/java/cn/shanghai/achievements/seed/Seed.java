package cn.shanghai.achievements.seed;

import cn.shanghai.achievements.achievement.AchievementDraft;
import cn.shanghai.achievements.indicator.IndicatorDraft;
import cn.shanghai.achievements.institution.InstitutionDraft;
import cn.shanghai.achievements.source.SourceDraft;
import cn.shanghai.achievements.vocabulary.VocabularyDraft;
import java.util.List;

/** The whole seed as read from its files, before validation; {@code version} hashes the files' bytes. */
public record Seed(String version, List<SourceDraft> sources, VocabularyDraft vocabulary,
                   List<InstitutionDraft> institutions, List<AchievementDraft> achievements,
                   List<IndicatorDraft> indicators) {

    public static final String SOURCES = "sources.json";
    public static final String VOCABULARY = "vocabulary.json";
    public static final String INSTITUTIONS = "institutions.json";
    public static final String ACHIEVEMENTS = "achievements.json";
    public static final String INDICATORS = "indicators.json";

    /** The files, in the order they are read and hashed. */
    public static final List<String> FILES = List.of(SOURCES, VOCABULARY, INSTITUTIONS, ACHIEVEMENTS, INDICATORS);
}
