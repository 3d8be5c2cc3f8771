package cn.shanghai.achievements.seed;

import cn.shanghai.achievements.model.Achievement;
import cn.shanghai.achievements.model.Dataset;
import cn.shanghai.achievements.model.Indicator;
import cn.shanghai.achievements.model.Institution;
import cn.shanghai.achievements.model.ReleaseNotes;
import cn.shanghai.achievements.model.Source;
import cn.shanghai.achievements.model.Term;
import cn.shanghai.achievements.model.Vocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole seed as read from its files, before validation; {@code digest} hashes the files' bytes and
 * {@link #STORED_FORM}, so that a restart with the same files (and the same stored form) skips them.
 */
public record Seed(
        String digest,
        List<Source> sources,
        Vocabulary vocabulary,
        List<Institution> institutions,
        List<Achievement> achievements,
        List<Indicator> indicators,
        ReleaseNotes release) {

    public static final String SOURCES = "sources.json";
    public static final String VOCABULARY = "vocabulary.json";
    public static final String INSTITUTIONS = "institutions.json";
    public static final String ACHIEVEMENTS = "achievements.json";
    public static final String INDICATORS = "indicators.json";
    /** Optional: the curators' notes on this release, and the records merged into others. */
    public static final String RELEASE = "release.json";

    /**
     * The form records are stored in (model.RecordCodec), as a version: bump it when that form changes, so that a
     * database written by older code is written again although the seed files are the same.
     */
    public static final String STORED_FORM = "records-2";

    /** The files, in the order they are read and hashed. */
    public static final List<String> FILES = List.of(SOURCES, VOCABULARY, INSTITUTIONS, ACHIEVEMENTS, INDICATORS);

    /** The records this (valid) seed holds: vocabulary entries become terms that keep their place in the list. */
    public Dataset dataset() {
        return new Dataset(
                sources,
                terms(vocabulary.sectors()),
                terms(vocabulary.categories()),
                terms(vocabulary.milestoneTypes()),
                institutions,
                achievements,
                indicators);
    }

    private static List<Term> terms(List<Vocabulary.Entry> entries) {
        List<Term> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Vocabulary.Entry e = entries.get(i);
            out.add(new Term(e.id(), e.sector(), e.name(), e.definition(), i));
        }
        return out;
    }
}
