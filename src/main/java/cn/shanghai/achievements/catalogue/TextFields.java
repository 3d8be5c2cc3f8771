package cn.shanghai.achievements.catalogue;

import cn.shanghai.achievements.common.Localized;
import cn.shanghai.achievements.text.Analysis;
import cn.shanghai.achievements.text.Pinyin;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;

/**
 * The searchable text of a record, as Lucene fields: names in each script, aliases, summaries and linked
 * institutions (analysed with {@link Analysis}, offsets kept for highlighting), the names' keys for exact and
 * prefix matches, their codes, and their pinyin readings as syllables, joined forms, initials and per-run forms.
 * Every kind of record is indexed with the same fields, so that one query serves them all.
 */
final class TextFields {

    static final String NAME_HANS = "name.zh-Hans";
    static final String NAME_HANT = "name.zh-Hant";
    static final String NAME_EN = "name.en";
    static final String ALIAS = "alias";
    static final String SUMMARY_HANS = "summary.zh-Hans";
    static final String SUMMARY_HANT = "summary.zh-Hant";
    static final String SUMMARY_EN = "summary.en";
    static final String INSTITUTION = "institution";
    static final String INSTITUTION_EN = "institution.en";
    static final String NAME_KEY = "key.name";
    static final String ALIAS_KEY = "key.alias";
    static final String CODE = "code";
    static final String PINYIN = "pinyin";
    static final String PINYIN_JOINED = "pinyin.joined";
    static final String PINYIN_INITIALS = "pinyin.initials";
    static final String PINYIN_RUNS = "pinyin.runs";

    static final List<String> NAMES = List.of(NAME_HANS, NAME_HANT, NAME_EN);
    static final List<String> SUMMARIES = List.of(SUMMARY_HANS, SUMMARY_HANT, SUMMARY_EN);

    /** The analyzer of each field, for the index and (with the query-side forms) for queries. */
    static final Analyzer INDEX = new PerFieldAnalyzerWrapper(
            Analysis.ANY_SCRIPT,
            Map.of(
                    NAME_HANS, Analysis.SIMPLIFIED,
                    SUMMARY_HANS, Analysis.SIMPLIFIED,
                    NAME_EN, Analysis.ENGLISH,
                    SUMMARY_EN, Analysis.ENGLISH,
                    INSTITUTION_EN, Analysis.ENGLISH,
                    CODE, Analysis.CODES,
                    PINYIN, Analysis.SYLLABLES));

    /** Analysed text with positions and offsets, not stored: the records themselves are in memory. */
    static final FieldType TEXT = new FieldType();

    static {
        TEXT.setTokenized(true);
        TEXT.setStored(false);
        TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT.freeze();
    }

    private TextFields() {}

    /** The names in every script, in the order the explanation of a match counts their values in. */
    static List<String> nameValues(Localized name) {
        return List.of(name.zhHans(), name.zhHant(), name.en());
    }

    /** Names and aliases: the fields of the name tiers, keys, codes and pinyin. */
    static void names(Document doc, Localized name, List<String> aliases) {
        doc.add(new Field(NAME_HANS, name.zhHans(), TEXT));
        doc.add(new Field(NAME_HANT, name.zhHant(), TEXT));
        doc.add(new Field(NAME_EN, name.en(), TEXT));
        for (String a : aliases) {
            doc.add(new Field(ALIAS, a, TEXT));
        }
        Set<String> nameKeys = new LinkedHashSet<>();
        nameValues(name).forEach(n -> nameKeys.add(Analysis.key(n)));
        nameKeys.remove("");
        nameKeys.forEach(k -> doc.add(new StringField(NAME_KEY, k, Field.Store.NO)));
        Set<String> aliasKeys = new LinkedHashSet<>();
        aliases.forEach(a -> aliasKeys.add(Analysis.key(a)));
        aliasKeys.removeAll(nameKeys);
        aliasKeys.remove("");
        aliasKeys.forEach(k -> doc.add(new StringField(ALIAS_KEY, k, Field.Store.NO)));
        StringBuilder codes = new StringBuilder();
        Set<String> joined = new LinkedHashSet<>();
        Set<String> initials = new LinkedHashSet<>();
        Set<String> runs = new LinkedHashSet<>();
        for (String text : names(name, aliases)) {
            codes.append(text).append('\n');
            for (String[] reading : Pinyin.readings(text)) {
                doc.add(new Field(PINYIN, String.join(" ", reading), TEXT));
                joined.add(Pinyin.joined(reading));
                initials.add(Pinyin.initials(reading));
                StringBuilder run = new StringBuilder();
                for (String syllable : reading) {
                    if (syllable.chars().allMatch(Character::isLetter) && !syllable.isEmpty()) {
                        run.append(syllable);
                    } else if (run.length() > 0) {
                        runs.add(run.toString());
                        run.setLength(0);
                    }
                }
                if (run.length() > 0) {
                    runs.add(run.toString());
                }
            }
        }
        doc.add(new Field(CODE, codes.toString(), TEXT));
        joined.forEach(j -> doc.add(new StringField(PINYIN_JOINED, j, Field.Store.NO)));
        initials.forEach(i -> doc.add(new StringField(PINYIN_INITIALS, i, Field.Store.NO)));
        runs.forEach(r -> doc.add(new StringField(PINYIN_RUNS, r, Field.Store.NO)));
    }

    /** The texts pinyin is read from, in the order its values are indexed: names, then aliases. */
    static List<String> names(Localized name, List<String> aliases) {
        Set<String> out = new LinkedHashSet<>(nameValues(name));
        out.addAll(aliases);
        return List.copyOf(out);
    }

    static void summary(Document doc, Localized summary) {
        doc.add(new Field(SUMMARY_HANS, summary.zhHans(), TEXT));
        doc.add(new Field(SUMMARY_HANT, summary.zhHant(), TEXT));
        doc.add(new Field(SUMMARY_EN, summary.en(), TEXT));
    }

    /** The names and aliases of an institution linked to the record, in every script. */
    static void institution(Document doc, Localized name, List<String> aliases) {
        doc.add(new Field(INSTITUTION, name.zhHans() + "\n" + name.zhHant() + "\n" + String.join("\n", aliases), TEXT));
        doc.add(new Field(INSTITUTION_EN, name.en(), TEXT));
    }
}
