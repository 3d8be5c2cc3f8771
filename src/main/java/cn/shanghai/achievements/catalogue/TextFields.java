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

    /** The fields a hit names (the API's), not all of them indexed as such: see {@link #NAME_ZH}. */
    static final String NAME_HANS = "name.zh-Hans";

    static final String NAME_HANT = "name.zh-Hant";
    static final String SUMMARY_HANS = "summary.zh-Hans";
    static final String SUMMARY_HANT = "summary.zh-Hant";
    /**
     * The Chinese name, simplified script then (where it differs) traditional, as one field: the analysis folds
     * traditional to simplified, so one field answers for both scripts with half the lookups.
     */
    static final String NAME_ZH = "name.zh";

    static final String NAME_EN = "name.en";
    static final String ALIAS = "alias";
    /** The Chinese summary, as {@link #NAME_ZH} is the name. */
    static final String SUMMARY_ZH = "summary.zh";

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
    /** The prefixes of the name and alias keys, of the joined pinyin and of the initials, as terms. */
    static final String PREFIX_KEY = "prefix.key";

    static final String PREFIX_JOINED = "prefix.pinyin";
    static final String PREFIX_INITIALS = "prefix.initials";
    /** The longest prefix indexed as a term (longer ones are matched against the whole values). */
    static final int MAX_PREFIX = 8;

    static final List<String> NAMES = List.of(NAME_ZH, NAME_EN);
    static final List<String> SUMMARIES = List.of(SUMMARY_ZH, SUMMARY_EN);

    /** The analyzer of each field, for the index and (with the query-side forms) for queries. */
    static final Analyzer INDEX = new PerFieldAnalyzerWrapper(
            Analysis.CHINESE,
            Map.of(
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
        chinese(doc, NAME_ZH, name);
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
        Set<String> keys = new LinkedHashSet<>(nameKeys);
        keys.addAll(aliasKeys);
        prefixes(doc, PREFIX_KEY, keys);
        prefixes(doc, PREFIX_JOINED, joined);
        prefixes(doc, PREFIX_INITIALS, initials);
    }

    /** Every prefix of two characters or more (up to {@link #MAX_PREFIX}) of the values, once each. */
    private static void prefixes(Document doc, String field, Set<String> values) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            for (int n = 2; n <= Math.min(v.length(), MAX_PREFIX); n++) {
                out.add(v.substring(0, n));
            }
        }
        out.forEach(p -> doc.add(new StringField(field, p, Field.Store.NO)));
    }

    /** The texts pinyin is read from, in the order its values are indexed: names, then aliases. */
    static List<String> names(Localized name, List<String> aliases) {
        Set<String> out = new LinkedHashSet<>(nameValues(name));
        out.addAll(aliases);
        return List.copyOf(out);
    }

    static void summary(Document doc, Localized summary) {
        chinese(doc, SUMMARY_ZH, summary);
        doc.add(new Field(SUMMARY_EN, summary.en(), TEXT));
    }

    /** The Chinese values of a text in a field of one or two values: simplified, then traditional if it differs. */
    private static void chinese(Document doc, String field, Localized text) {
        doc.add(new Field(field, text.zhHans(), TEXT));
        if (!text.zhHant().equals(text.zhHans())) {
            doc.add(new Field(field, text.zhHant(), TEXT));
        }
    }

    /**
     * The wire field and text of a match in a Chinese field at the given start offset: the simplified value, or the
     * traditional one after it (values are one offset apart), with the start and end made relative to it.
     */
    static Located chinese(String field, Localized text, int start, int end) {
        boolean summary = field.equals(SUMMARY_ZH);
        String hans = text.zhHans();
        boolean traditional = !text.zhHant().equals(hans) && start > hans.length();
        int base = traditional ? hans.length() + 1 : 0;
        String value = traditional ? text.zhHant() : hans;
        String wire = summary ? (traditional ? SUMMARY_HANT : SUMMARY_HANS) : (traditional ? NAME_HANT : NAME_HANS);
        boolean inside = start >= base && end <= base + value.length();
        return new Located(wire, value, inside ? start - base : -1, inside ? end - base : -1);
    }

    /** A match located in one value of a field. */
    record Located(String field, String text, int start, int end) {}

    /** An institution's Chinese names and aliases as one text, a line each (the traditional name where it differs). */
    static String institutionText(Localized name, List<String> aliases) {
        StringBuilder b = new StringBuilder(name.zhHans());
        if (!name.zhHant().equals(name.zhHans())) {
            b.append('\n').append(name.zhHant());
        }
        aliases.forEach(a -> b.append('\n').append(a));
        return b.toString();
    }

    /** The names and aliases of an institution linked to the record, in every script. */
    static void institution(Document doc, Localized name, List<String> aliases) {
        doc.add(new Field(INSTITUTION, institutionText(name, aliases), TEXT));
        doc.add(new Field(INSTITUTION_EN, name.en(), TEXT));
    }
}
