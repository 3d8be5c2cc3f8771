package cn.shanghai.achievements.seed;

import cn.shanghai.achievements.achievement.AchievementDraft;
import cn.shanghai.achievements.indicator.IndicatorDraft;
import cn.shanghai.achievements.institution.InstitutionDraft;
import cn.shanghai.achievements.source.SourceDraft;
import cn.shanghai.achievements.vocabulary.VocabularyDraft;
import java.util.List;

/**
 * The whole seed as read from its files, before validation; {@code version} hashes the files' bytes and
 * {@link #DERIVED_FORMAT}.
 */
public record Seed(
        String version,
        List<SourceDraft> sources,
        VocabularyDraft vocabulary,
        List<InstitutionDraft> institutions,
        List<AchievementDraft> achievements,
        List<IndicatorDraft> indicators) {

    public static final String SOURCES = "sources.json";
    public static final String VOCABULARY = "vocabulary.json";
    public static final String INSTITUTIONS = "institutions.json";
    public static final String ACHIEVEMENTS = "achievements.json";
    public static final String INDICATORS = "indicators.json";

    /**
     * What the code derives from a record when it writes it (search keys, export lines), as a version: bump it when
     * that changes, so that a database loaded by older code is rewritten although the seed files are the same.
     */
    public static final String DERIVED_FORMAT = "export-lines-1";

    /** The files, in the order they are read and hashed. */
    public static final List<String> FILES = List.of(SOURCES, VOCABULARY, INSTITUTIONS, ACHIEVEMENTS, INDICATORS);
}
