package cn.shanghai.achievements.catalogue;

import static cn.shanghai.achievements.catalogue.TextFields.ALIAS;
import static cn.shanghai.achievements.catalogue.TextFields.ALIAS_KEY;
import static cn.shanghai.achievements.catalogue.TextFields.CODE;
import static cn.shanghai.achievements.catalogue.TextFields.INSTITUTION;
import static cn.shanghai.achievements.catalogue.TextFields.INSTITUTION_EN;
import static cn.shanghai.achievements.catalogue.TextFields.NAME_EN;
import static cn.shanghai.achievements.catalogue.TextFields.NAME_KEY;
import static cn.shanghai.achievements.catalogue.TextFields.NAME_ZH;
import static cn.shanghai.achievements.catalogue.TextFields.PINYIN;
import static cn.shanghai.achievements.catalogue.TextFields.PINYIN_INITIALS;
import static cn.shanghai.achievements.catalogue.TextFields.PINYIN_JOINED;
import static cn.shanghai.achievements.catalogue.TextFields.PREFIX_INITIALS;
import static cn.shanghai.achievements.catalogue.TextFields.PREFIX_JOINED;
import static cn.shanghai.achievements.catalogue.TextFields.PREFIX_KEY;
import static cn.shanghai.achievements.catalogue.TextFields.SUMMARY_EN;
import static cn.shanghai.achievements.catalogue.TextFields.SUMMARY_ZH;

import cn.shanghai.achievements.text.Analysis;
import cn.shanghai.achievements.text.QueryText;
import cn.shanghai.achievements.text.Synonyms;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A text query against the {@link TextFields} of a kind of record. Every word must match somewhere; hits rank by
 * tier first (exact name, exact alias, prefix of a name, part of a name, summary, linked institution, anything
 * else), then by BM25 within the tier, with field boosts. Each tier is its own Lucene query scored in a band of its
 * own ({@link TierScore}), so that a hit of a higher tier always outranks one of a lower and its score says which
 * tier it met. Curated synonyms widen a word; a query that finds nothing is asked again with its
 * typos corrected ({@link Typos}). Prefixes are terms of indexed prefix fields, not automata: a query costs term
 * lookups, and the clauses of a word are built once for every tier they take part in.
 */
final class TextQuery {

    /** The tiers, best first, with their wire names. */
    enum Tier {
        EXACT_NAME("exact-name"),
        EXACT_ALIAS("exact-alias"),
        PREFIX("prefix"),
        PART("part"),
        SUMMARY("summary"),
        INSTITUTION("institution"),
        OTHER("other");

        final String wire;

        Tier(String wire) {
            this.wire = wire;
        }

        /** The lowest score of the tier's band ({@link TierScore}): the best tier the highest. */
        float base() {
            return 2f * (values().length - 1 - ordinal());
        }

        /** The tier whose band a score falls in. */
        static Tier of(float score) {
            for (Tier t : values()) {
                if (TierScore.band(score) >= t.base()) {
                    return t;
                }
            }
            return OTHER;
        }
    }

    final QueryText text;
    /** Whether the words are corrections of what was typed (a query that found nothing, typos corrected). */
    final boolean corrected;

    /** Whether a word's bigrams add to the score of its row of characters (not when locating a match). */
    private final boolean bigrams;

    private final Query[] tiers = new Query[Tier.values().length];
    private final Query scoring;
    private TextQuery locating;

    private TextQuery(QueryText text, boolean corrected, boolean bigrams) {
        this.text = text;
        this.corrected = corrected;
        this.bigrams = bigrams;
        List<Query> everywhere = new ArrayList<>();
        List<Query> inNames = new ArrayList<>();
        List<Query> inSummaries = new ArrayList<>();
        List<Query> inInstitutions = new ArrayList<>();
        for (QueryText.Word w : text.words()) {
            // each clause built once, and shared by the groups it belongs to
            Clauses c = new Clauses(bigrams);
            c.word(w, true);
            for (String synonym : Synonyms.curated().of(w.text())) {
                c.word(QueryText.word(synonym), false);
            }
            inNames.add(dismax(c.names));
            inSummaries.add(dismax(c.summaries));
            inInstitutions.add(dismax(c.institutions));
            List<Query> any = new ArrayList<>(c.names);
            any.addAll(c.summaries);
            any.addAll(c.institutions);
            everywhere.add(dismax(any));
        }
        String key = text.key();
        String pinyin = text.pinyinKey();
        tiers[Tier.EXACT_NAME.ordinal()] = constant(new TermQuery(new Term(NAME_KEY, key)));
        tiers[Tier.EXACT_ALIAS.ordinal()] =
                constant(or(new TermQuery(new Term(ALIAS_KEY, key)), new TermQuery(new Term(PINYIN_JOINED, pinyin))));
        tiers[Tier.PREFIX.ordinal()] = key.length() < 2
                ? null
                : constant(or(
                        prefix(PREFIX_KEY, key, NAME_KEY, ALIAS_KEY),
                        prefix(PREFIX_JOINED, pinyin, PINYIN_JOINED),
                        prefix(PREFIX_INITIALS, pinyin, PINYIN_INITIALS)));
        tiers[Tier.PART.ordinal()] = all(inNames);
        tiers[Tier.SUMMARY.ordinal()] = all(inSummaries);
        tiers[Tier.INSTITUTION.ordinal()] = all(inInstitutions);
        tiers[Tier.OTHER.ordinal()] = all(everywhere);
        // a record matches when it meets a tier; with one word, meeting "other" is meeting one of the three above
        List<Query> weighted = new ArrayList<>();
        for (Tier t : Tier.values()) {
            boolean implied = t == Tier.OTHER && text.words().size() == 1;
            if (tiers[t.ordinal()] != null && !implied) {
                weighted.add(new TierScore(tiers[t.ordinal()], t.base()));
            }
        }
        scoring = new DisjunctionMaxQuery(weighted, 0f);
    }

    /** The query for a text as typed. */
    static TextQuery of(QueryText text) {
        return new TextQuery(text, false, true);
    }

    /** The query for a text whose words were corrected (see {@link Typos}). */
    static TextQuery corrected(QueryText text) {
        return new TextQuery(text, true, true);
    }

    /**
     * The same query without the bigrams that add to a row's score: the same records meet the same tiers, and the
     * matches it reports are the rows themselves, which is where a hit points.
     */
    TextQuery locating() {
        if (locating == null) {
            locating = bigrams ? new TextQuery(text, corrected, false) : this;
        }
        return locating;
    }

    /**
     * What must match: every word somewhere, or the whole text as a name, an alias or the start of one. The same
     * records as {@link #scoring()}, for callers that need no scores (the scores are not computed).
     */
    Query filter() {
        return scoring;
    }

    /**
     * What must match, scored: in the band of the best tier the record meets, by its BM25 score within the tier
     * ({@link TierScore}), so that tiers never mix.
     */
    Query scoring() {
        return scoring;
    }

    /** The query of one tier (null when the query cannot meet it, such as a prefix of one character). */
    Query tier(Tier t) {
        return tiers[t.ordinal()];
    }

    /** The clauses one word (with its synonyms) adds, by the group of fields they search. */
    private static final class Clauses {
        final boolean bigrams;
        final List<Query> names = new ArrayList<>();
        final List<Query> summaries = new ArrayList<>();
        final List<Query> institutions = new ArrayList<>();

        Clauses(boolean bigrams) {
            this.bigrams = bigrams;
        }

        /** A form of the word; {@code asTyped} for the word itself, whose Latin letters may also be pinyin. */
        void word(QueryText.Word w, boolean asTyped) {
            // each analysis once, for every field it is searched in
            String form = w.text();
            List<Analysis.Token> chinese = Analysis.positioned(Analysis.CHINESE_QUERY, form);
            List<String> bigrams = this.bigrams ? Analysis.tokens(Analysis.CHINESE_BIGRAMS, "", form) : List.of();
            List<Analysis.Token> english = Analysis.positioned(Analysis.ENGLISH, form);
            add(names, chinese(NAME_ZH, chinese, bigrams), 4f);
            add(names, row(NAME_EN, english), 4f);
            add(names, chinese(ALIAS, chinese, bigrams), 3f);
            add(names, row(CODE, Analysis.positioned(Analysis.CODES, form)), 3f);
            if (asTyped && w.latin()) {
                String lower = w.key().toLowerCase(Locale.ROOT);
                if (!w.syllables().isEmpty()) {
                    PhraseQuery.Builder syllables = new PhraseQuery.Builder();
                    w.syllables().forEach(s -> syllables.add(new Term(PINYIN, s)));
                    add(names, syllables.build(), 2f);
                }
                if (lower.length() >= 2) {
                    add(names, constant(prefix(PREFIX_JOINED, lower, PINYIN_JOINED)), 2f);
                    add(names, constant(prefix(PREFIX_INITIALS, lower, PINYIN_INITIALS)), 1f);
                }
            }
            add(summaries, chinese(SUMMARY_ZH, chinese, bigrams), 1.5f);
            add(summaries, row(SUMMARY_EN, english), 1.5f);
            add(institutions, chinese(INSTITUTION, chinese, bigrams), 1f);
            add(institutions, row(INSTITUTION_EN, english), 1f);
        }
    }

    /**
     * Records with a value of the given fields that starts with the text: one term of the field of indexed prefixes
     * ({@link TextFields#MAX_PREFIX} characters at most), or a prefix query on the whole values beyond that.
     */
    private static Query prefix(String prefixField, String text, String... wholeFields) {
        if (text.length() <= TextFields.MAX_PREFIX) {
            return new TermQuery(new Term(prefixField, text));
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String f : wholeFields) {
            b.add(new PrefixQuery(new Term(f, text)), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    private static Query dismax(List<Query> options) {
        return options.isEmpty() ? new MatchNoDocsQuery() : new DisjunctionMaxQuery(options, 0.1f);
    }

    /** A word in a field: its tokens in a row (one token: the term); null without tokens. */
    private static Query row(String field, List<Analysis.Token> tokens) {
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.size() == 1) {
            return new TermQuery(new Term(field, tokens.get(0).term()));
        }
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        tokens.forEach(t -> b.add(new Term(field, t.term()), t.position()));
        return b.build();
    }

    /**
     * A word in a Chinese field: its characters in a row, and the word's bigrams found in the text add to its score
     * (the index holds both, the bigrams on the positions of their first characters).
     */
    private static Query chinese(String field, List<Analysis.Token> characters, List<String> bigrams) {
        Query row = row(field, characters);
        if (row == null || bigrams.size() < 2) {
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
}
