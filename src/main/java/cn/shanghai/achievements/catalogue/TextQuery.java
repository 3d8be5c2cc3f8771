package cn.shanghai.achievements.catalogue;

import static cn.shanghai.achievements.catalogue.TextFields.ALIAS;
import static cn.shanghai.achievements.catalogue.TextFields.ALIAS_KEY;
import static cn.shanghai.achievements.catalogue.TextFields.CODE;
import static cn.shanghai.achievements.catalogue.TextFields.INSTITUTION;
import static cn.shanghai.achievements.catalogue.TextFields.INSTITUTION_EN;
import static cn.shanghai.achievements.catalogue.TextFields.NAMES;
import static cn.shanghai.achievements.catalogue.TextFields.NAME_EN;
import static cn.shanghai.achievements.catalogue.TextFields.NAME_KEY;
import static cn.shanghai.achievements.catalogue.TextFields.PINYIN;
import static cn.shanghai.achievements.catalogue.TextFields.PINYIN_INITIALS;
import static cn.shanghai.achievements.catalogue.TextFields.PINYIN_JOINED;
import static cn.shanghai.achievements.catalogue.TextFields.PINYIN_RUNS;
import static cn.shanghai.achievements.catalogue.TextFields.SUMMARIES;
import static cn.shanghai.achievements.catalogue.TextFields.SUMMARY_EN;

import cn.shanghai.achievements.text.Analysis;
import cn.shanghai.achievements.text.QueryText;
import cn.shanghai.achievements.text.Synonyms;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * A text query against the {@link TextFields} of a kind of record. Every word must match somewhere; hits rank by
 * tier first (exact name, exact alias, prefix of a name, part of a name, summary, linked institution, anything
 * else), then by BM25 within the tier, with field boosts. Each tier is its own Lucene query, so that a hit can say
 * which one it met ({@link Tier}); the tiers' weights are far enough apart that a hit of a higher tier always
 * outranks one of a lower. Words that find nothing are tried again with one or two typos (Latin script and
 * pinyin); curated synonyms widen a word.
 */
final class TextQuery {

    /** The tiers, best first, with their wire names. */
    enum Tier {
        EXACT_NAME("exact-name", 1e30f),
        EXACT_ALIAS("exact-alias", 1e25f),
        PREFIX("prefix", 1e20f),
        PART("part", 1e15f),
        SUMMARY("summary", 1e10f),
        INSTITUTION("institution", 1e5f),
        OTHER("other", 1f);

        final String wire;
        final float weight;

        Tier(String wire, float weight) {
            this.wire = wire;
            this.weight = weight;
        }
    }

    private static final QueryBuilder CHINESE = new QueryBuilder(Analysis.CHINESE_QUERY);
    private static final QueryBuilder ENGLISH = new QueryBuilder(Analysis.ENGLISH);
    private static final QueryBuilder CODES = new QueryBuilder(Analysis.CODES);

    final QueryText text;
    final boolean fuzzy;
    private final Query[] tiers = new Query[Tier.values().length];
    private final Query matches;

    private TextQuery(QueryText text, boolean fuzzy) {
        this.text = text;
        this.fuzzy = fuzzy;
        List<Query> everywhere = new ArrayList<>();
        List<Query> inNames = new ArrayList<>();
        List<Query> inSummaries = new ArrayList<>();
        List<Query> inInstitutions = new ArrayList<>();
        for (QueryText.Word w : text.words()) {
            List<String> forms = new ArrayList<>();
            forms.add(w.text());
            forms.addAll(Synonyms.curated().of(w.text()));
            everywhere.add(any(forms, w, Where.ANYWHERE));
            inNames.add(any(forms, w, Where.NAMES));
            inSummaries.add(any(forms, w, Where.SUMMARIES));
            inInstitutions.add(any(forms, w, Where.INSTITUTIONS));
        }
        String key = text.key();
        String pinyin = text.pinyinKey();
        tiers[Tier.EXACT_NAME.ordinal()] = constant(new TermQuery(new Term(NAME_KEY, key)));
        tiers[Tier.EXACT_ALIAS.ordinal()] =
                constant(or(new TermQuery(new Term(ALIAS_KEY, key)), new TermQuery(new Term(PINYIN_JOINED, pinyin))));
        tiers[Tier.PREFIX.ordinal()] = key.length() < 2
                ? null
                : constant(or(
                        new PrefixQuery(new Term(NAME_KEY, key)),
                        new PrefixQuery(new Term(ALIAS_KEY, key)),
                        new PrefixQuery(new Term(PINYIN_JOINED, pinyin)),
                        new PrefixQuery(new Term(PINYIN_INITIALS, pinyin))));
        tiers[Tier.PART.ordinal()] = all(inNames);
        tiers[Tier.SUMMARY.ordinal()] = all(inSummaries);
        tiers[Tier.INSTITUTION.ordinal()] = all(inInstitutions);
        tiers[Tier.OTHER.ordinal()] = all(everywhere);
        matches = tiers[Tier.OTHER.ordinal()];
    }

    /** The query for a text; {@code fuzzy} tolerates typos in words of Latin script (and pinyin). */
    static TextQuery of(QueryText text, boolean fuzzy) {
        return new TextQuery(text, fuzzy);
    }

    /** What must match: every word, somewhere. */
    Query filter() {
        return matches;
    }

    /** The scoring query: the best tier a record meets, weighted so that tiers never mix. */
    Query scoring() {
        List<Query> weighted = new ArrayList<>();
        for (Tier t : Tier.values()) {
            Query q = tiers[t.ordinal()];
            if (q != null) {
                weighted.add(new BoostQuery(q, t.weight));
            }
        }
        return new DisjunctionMaxQuery(weighted, 0f);
    }

    /** The query of one tier (null when the query cannot meet it, such as a prefix of one character). */
    Query tier(Tier t) {
        return tiers[t.ordinal()];
    }

    private enum Where {
        NAMES,
        SUMMARIES,
        INSTITUTIONS,
        ANYWHERE
    }

    /** One word (or a synonym of it) in some field of the given group. */
    private Query any(List<String> forms, QueryText.Word w, Where where) {
        List<Query> options = new ArrayList<>();
        for (String form : forms) {
            boolean typed = form.equals(w.text());
            boolean latin = typed ? w.latin() : Analysis.key(form).chars().allMatch(c -> c < 128);
            if (where == Where.NAMES || where == Where.ANYWHERE) {
                for (String f : NAMES) {
                    add(options, phrase(f.equals(NAME_EN) ? ENGLISH : CHINESE, f, form), 4f);
                }
                add(options, phrase(CHINESE, ALIAS, form), 3f);
                add(options, phrase(CODES, CODE, form), 3f);
                if (latin && typed) {
                    String lower = w.key().toLowerCase(Locale.ROOT);
                    if (!w.syllables().isEmpty()) {
                        PhraseQuery.Builder syllables = new PhraseQuery.Builder();
                        w.syllables().forEach(s -> syllables.add(new Term(PINYIN, s)));
                        add(options, syllables.build(), 2f);
                    }
                    if (lower.length() >= 2) {
                        add(options, constant(new PrefixQuery(new Term(PINYIN_JOINED, lower))), 2f);
                        add(options, constant(new PrefixQuery(new Term(PINYIN_INITIALS, lower))), 1f);
                    }
                    if (fuzzy && lower.length() >= 4) {
                        int edits = lower.length() >= 7 ? 2 : 1;
                        add(options, new FuzzyQuery(new Term(PINYIN_RUNS, lower), edits, 1), 1f);
                        add(options, new FuzzyQuery(new Term(PINYIN_JOINED, lower), edits, 1), 1f);
                        add(options, new FuzzyQuery(new Term(NAME_KEY, lower), edits, 1), 1f);
                        add(options, new FuzzyQuery(new Term(ALIAS_KEY, lower), edits, 1), 1f);
                        for (String token : Analysis.tokens(Analysis.ENGLISH, NAME_EN, form)) {
                            add(options, new FuzzyQuery(new Term(NAME_EN, token), token.length() >= 7 ? 2 : 1, 1), 1f);
                            add(options, new FuzzyQuery(new Term(ALIAS, token), token.length() >= 7 ? 2 : 1, 1), 1f);
                        }
                    }
                }
            }
            if (where == Where.SUMMARIES || where == Where.ANYWHERE) {
                for (String f : SUMMARIES) {
                    add(options, phrase(f.equals(SUMMARY_EN) ? ENGLISH : CHINESE, f, form), 1.5f);
                }
                if (fuzzy && latin && where == Where.SUMMARIES) {
                    for (String token : Analysis.tokens(Analysis.ENGLISH, SUMMARY_EN, form)) {
                        if (token.length() >= 5) {
                            add(
                                    options,
                                    new FuzzyQuery(new Term(SUMMARY_EN, token), token.length() >= 8 ? 2 : 1, 1),
                                    1f);
                        }
                    }
                }
            }
            if (where == Where.INSTITUTIONS || where == Where.ANYWHERE) {
                add(options, phrase(CHINESE, INSTITUTION, form), 1f);
                add(options, phrase(ENGLISH, INSTITUTION_EN, form), 1f);
            }
        }
        return options.isEmpty() ? new MatchNoDocsQuery() : new DisjunctionMaxQuery(options, 0.1f);
    }

    /**
     * A word in a field, its tokens in a row. Against Chinese text the row is of characters, and the word's bigrams
     * found in the text add to its score.
     */
    private static Query phrase(QueryBuilder builder, String field, String text) {
        Query row = builder.createPhraseQuery(field, text);
        if (row == null || builder != CHINESE) {
            return row;
        }
        List<String> bigrams = Analysis.tokens(Analysis.CHINESE_BIGRAMS, field, text);
        if (bigrams.size() < 2) {
            return row;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(row, BooleanClause.Occur.MUST);
        bigrams.stream().limit(32).forEach(t -> b.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.SHOULD));
        return b.build();
    }

    private static void add(List<Query> options, Query q, float boost) {
        if (q != null) {
            options.add(boost == 1f ? q : new BoostQuery(q, boost));
        }
    }

    private static Query all(List<Query> words) {
        if (words.isEmpty()) {
            return new MatchNoDocsQuery();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        words.forEach(w -> b.add(w, BooleanClause.Occur.MUST));
        return b.build();
    }

    private static Query or(Query... queries) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Query q : queries) {
            b.add(q, BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    private static Query constant(Query q) {
        return new ConstantScoreQuery(q);
    }

    /** The analyzer a text field is searched with. */
    static Analyzer analyzer(String field) {
        return field.equals(NAME_EN) || field.equals(SUMMARY_EN) || field.equals(INSTITUTION_EN)
                ? Analysis.ENGLISH
                : field.equals(CODE) ? Analysis.CODES : Analysis.CHINESE_QUERY;
    }

    static boolean isInstitutionField(String field) {
        return field.equals(INSTITUTION) || field.equals(INSTITUTION_EN);
    }
}
