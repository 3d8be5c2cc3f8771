package cn.shanghai.achievements.catalogue;

import cn.shanghai.achievements.common.Localized;
import cn.shanghai.achievements.model.Achievement;
import cn.shanghai.achievements.model.Indicator;
import cn.shanghai.achievements.model.Institution;
import cn.shanghai.achievements.text.Analysis;
import cn.shanghai.achievements.text.Pinyin;
import cn.shanghai.achievements.text.QueryText;
import cn.shanghai.achievements.text.Synonyms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;

/**
 * The one search box across achievements, institutions and indicators: each kind's index answers the same
 * {@link TextQuery}, the hits merge by score (the tiers make scores comparable across kinds), and each hit on the
 * page is explained: the tier it met, the field and text, and the offsets of the match.
 */
final class Search {

    private Search() {}

    private record Scored(Hit.Kind kind, int ord, float score) {}

    static Catalogue.Page<Hit> search(Catalogue c, String q, Set<Hit.Kind> kinds, int offset, int size) {
        QueryText text = QueryText.parse(q);
        if (text.isEmpty()) {
            return literal(c, text.literal(), kinds, offset, size);
        }
        Ranked ranked = rank(c, TextQuery.of(text), kinds, offset + size);
        if (ranked.total() == 0) {
            // nothing as typed: the words again, typos corrected
            List<LuceneIndex> indexes = new ArrayList<>();
            kinds.forEach(k -> indexes.add(index(c, k)));
            TextQuery corrected = Typos.correct(text, indexes);
            if (corrected != null) {
                ranked = rank(c, corrected, kinds, offset + size);
            }
        }
        List<Scored> scored = ranked.hits();
        Explainer explainer = new Explainer(c, ranked.query());
        List<Hit> page = new ArrayList<>();
        for (int i = offset; i < Math.min(scored.size(), offset + size); i++) {
            Scored s = scored.get(i);
            page.add(explainer.explain(s.kind(), s.ord(), TextQuery.Tier.of(s.score())));
        }
        return new Catalogue.Page<>(page, ranked.total());
    }

    private record Ranked(TextQuery query, List<Scored> hits, long total) {}

    /** The best matches of every kind asked for, merged by score, and how many match in all. */
    private static Ranked rank(Catalogue c, TextQuery tq, Set<Hit.Kind> kinds, int n) {
        List<Scored> scored = new ArrayList<>();
        long total = 0;
        for (Hit.Kind kind : Hit.Kind.values()) {
            if (!kinds.contains(kind)) {
                continue;
            }
            LuceneIndex.Scored top = index(c, kind).topScored(tq.scoring(), n);
            total += top.total();
            for (int i = 0; i < top.ords().length; i++) {
                scored.add(new Scored(kind, top.ords()[i], top.scores()[i]));
            }
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> -s.score())
                .thenComparing(Scored::kind)
                .thenComparingInt(Scored::ord));
        return new Ranked(tq, scored, total);
    }

    /** A query of punctuation or symbols: the records whose texts hold it as it is, names before summaries. */
    private static Catalogue.Page<Hit> literal(Catalogue c, String needle, Set<Hit.Kind> kinds, int offset, int size) {
        List<Hit> hits = new ArrayList<>();
        if (!needle.isEmpty() && kinds.contains(Hit.Kind.achievement)) {
            for (Achievement a : c.achievements()) {
                Hit h = literalHit(Hit.Kind.achievement, a.id(), a.name(), a.aliases(), a.summary(), needle);
                if (h != null) {
                    hits.add(h);
                }
            }
        }
        if (!needle.isEmpty() && kinds.contains(Hit.Kind.institution)) {
            for (Institution i : c.institutions()) {
                Hit h = literalHit(Hit.Kind.institution, i.id(), i.name(), i.aliases(), null, needle);
                if (h != null) {
                    hits.add(h);
                }
            }
        }
        hits.sort(Comparator.comparingInt(Search::tierOf));
        int from = Math.min(offset, hits.size());
        return new Catalogue.Page<>(List.copyOf(hits.subList(from, Math.min(hits.size(), offset + size))), hits.size());
    }

    private static Hit literalHit(
            Hit.Kind kind, String id, Localized name, List<String> aliases, Localized summary, String needle) {
        String[] nameFields = {TextFields.NAME_HANS, TextFields.NAME_HANT, TextFields.NAME_EN};
        List<String> names = TextFields.nameValues(name);
        for (int i = 0; i < names.size(); i++) {
            Hit h = literalIn(kind, id, TextQuery.Tier.PART, nameFields[i], names.get(i), needle);
            if (h != null) {
                return h;
            }
        }
        for (String a : aliases) {
            Hit h = literalIn(kind, id, TextQuery.Tier.PART, TextFields.ALIAS, a, needle);
            if (h != null) {
                return h;
            }
        }
        if (summary != null) {
            String[] summaryFields = {TextFields.SUMMARY_HANS, TextFields.SUMMARY_HANT, TextFields.SUMMARY_EN};
            List<String> summaries = TextFields.nameValues(summary);
            for (int i = 0; i < summaries.size(); i++) {
                Hit h = literalIn(kind, id, TextQuery.Tier.SUMMARY, summaryFields[i], summaries.get(i), needle);
                if (h != null) {
                    return h;
                }
            }
        }
        return null;
    }

    private static Hit literalIn(
            Hit.Kind kind, String id, TextQuery.Tier tier, String field, String text, String needle) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        int at = folded.indexOf(needle);
        if (at < 0) {
            return null;
        }
        boolean aligned = folded.length() == text.length();
        return new Hit(
                kind, id, tier.wire, field, text, "text", aligned ? at : -1, aligned ? at + needle.length() : -1);
    }

    static LuceneIndex index(Catalogue c, Hit.Kind kind) {
        return switch (kind) {
            case achievement -> c.achievementIndex().lucene();
            case institution -> c.institutionIndex();
            case indicator -> c.indicatorIndex();
        };
    }

    /** The texts of a record, by field, in the order the index holds them. */
    private record Texts(
            String id, Localized name, List<String> aliases, Localized summary, List<String[]> institutions) {}

    private static Texts texts(Catalogue c, Hit.Kind kind, int ord) {
        return switch (kind) {
            case achievement -> {
                Achievement a = c.achievementAt(ord);
                List<String[]> linked = new ArrayList<>();
                for (Achievement.InstitutionLink l : a.institutions()) {
                    c.institution(l.id())
                            .ifPresent(i -> linked.add(new String[] {
                                i.id(),
                                TextFields.institutionText(i.name(), i.aliases()),
                                i.name().en()
                            }));
                }
                yield new Texts(a.id(), a.name(), a.aliases(), a.summary(), linked);
            }
            case institution -> {
                Institution i = c.institutions().get(ord);
                yield new Texts(i.id(), i.name(), i.aliases(), null, List.of());
            }
            case indicator -> {
                Indicator i = c.indicators().get(ord);
                yield new Texts(i.id(), i.name(), List.of(i.metric()), null, List.of());
            }
        };
    }

    /** Explains the hits of one query, each tier's query rewritten once for the whole page. */
    static final class Explainer {
        private final Catalogue c;
        private final TextQuery tq;
        private final Map<String, LuceneIndex.Matcher> matchers = new HashMap<>();

        Explainer(Catalogue c, TextQuery tq) {
            this.c = c;
            this.tq = tq;
        }

        Hit explain(Hit.Kind kind, int ord, TextQuery.Tier met) {
            return Search.explain(
                    c,
                    tq,
                    kind,
                    ord,
                    met,
                    (tier, query) -> matchers.computeIfAbsent(
                            kind + "/" + tier, k -> index(c, kind).matcher(query)));
        }
    }

    private interface Matchers {
        LuceneIndex.Matcher of(TextQuery.Tier tier, Query query);
    }

    /** Why a record matched: the tier its score says it met (the best), and where. */
    private static Hit explain(
            Catalogue c, TextQuery tq, Hit.Kind kind, int ord, TextQuery.Tier met, Matchers matchers) {
        Texts t = texts(c, kind, ord);
        String via = tq.corrected ? "typo" : null;
        QueryText q = tq.text;
        List<String> names = TextFields.nameValues(t.name());
        String[] nameFields = {TextFields.NAME_HANS, TextFields.NAME_HANT, TextFields.NAME_EN};
        List<String> all = TextFields.names(t.name(), t.aliases());
        // the exact and prefix tiers, as their queries state them; among several matches the shortest text says it best
        Hit best = null;
        for (String n : met.compareTo(TextQuery.Tier.PREFIX) <= 0 ? all : List.<String>of()) {
            boolean name = names.contains(n);
            String key = Analysis.key(n);
            TextQuery.Tier tier = null;
            String how = "text";
            if (key.equals(q.key())) {
                tier = name ? TextQuery.Tier.EXACT_NAME : TextQuery.Tier.EXACT_ALIAS;
            } else if (Pinyin.readings(n).stream()
                    .anyMatch(r -> Pinyin.joined(r).equals(q.pinyinKey()))) {
                tier = TextQuery.Tier.EXACT_ALIAS;
                how = "pinyin";
            } else if (q.key().length() >= 2 && key.startsWith(q.key())) {
                tier = TextQuery.Tier.PREFIX;
            } else if (q.key().length() >= 2
                    && Pinyin.readings(n).stream()
                            .anyMatch(r -> Pinyin.joined(r).startsWith(q.pinyinKey())
                                    || Pinyin.initials(r).startsWith(q.pinyinKey()))) {
                tier = TextQuery.Tier.PREFIX;
                how = "pinyin";
            }
            if (tier == null) {
                continue;
            }
            int[] span;
            if (how.equals("pinyin")) {
                span = Pinyin.locate(n, q.pinyinKey(), true);
            } else if (tier == TextQuery.Tier.PREFIX) {
                int leading = prefixLength(n, q.key());
                span = leading > 0 ? new int[] {0, leading} : null;
            } else {
                span = new int[] {0, n.length()};
            }
            Hit h = new Hit(
                    kind,
                    t.id(),
                    tier.wire,
                    fieldOf(n, names, nameFields),
                    n,
                    or(via, how),
                    span == null ? -1 : span[0],
                    span == null ? -1 : span[1]);
            if (best == null
                    || tierOf(h) < tierOf(best)
                    || (tierOf(h) == tierOf(best) && n.length() < best.text().length())) {
                best = h;
            }
        }
        if (best != null) {
            return best;
        }
        for (TextQuery.Tier tier : List.of(
                TextQuery.Tier.PART, TextQuery.Tier.SUMMARY, TextQuery.Tier.INSTITUTION, TextQuery.Tier.OTHER)) {
            if (tier.compareTo(met) < 0) {
                continue;
            }
            // where it matched, asked of the tier's rows alone (the bigrams that score a row could point elsewhere)
            Query query = tq.locating().tier(tier);
            Matches m = query == null ? null : matchers.of(tier, query).at(ord);
            if (m == null) {
                continue;
            }
            Hit located = locate(kind, t, q, tier, m, names, nameFields, via);
            if (located != null) {
                return via == null && located.via().equals("text") && bySynonym(q, located)
                        ? new Hit(
                                kind,
                                t.id(),
                                located.rank(),
                                located.field(),
                                located.text(),
                                "synonym",
                                located.start(),
                                located.end())
                        : located;
            }
            return new Hit(kind, t.id(), tier.wire, null, null, or(via, "text"), -1, -1);
        }
        return new Hit(
                kind, t.id(), TextQuery.Tier.OTHER.wire, null, null, or(via, synonyms(q) ? "synonym" : "text"), -1, -1);
    }

    /** How much of the start of a text folds to the key (雪龍 of 雪龙2号), or -1 if no start of it does. */
    private static int prefixLength(String text, String key) {
        for (int k = 1; k <= text.length(); k++) {
            String folded = Analysis.key(text.substring(0, k));
            if (folded.equals(key)) {
                return k;
            }
            if (folded.length() > key.length()) {
                break;
            }
        }
        return -1;
    }

    private static int tierOf(Hit h) {
        for (TextQuery.Tier t : TextQuery.Tier.values()) {
            if (t.wire.equals(h.rank())) {
                return t.ordinal();
            }
        }
        return Integer.MAX_VALUE;
    }

    /** Whether what a hit points at is a synonym of a word rather than any word as typed. */
    private static boolean bySynonym(QueryText q, Hit h) {
        if (!synonyms(q)
                || h.text() == null
                || h.start() < 0
                || h.end() > h.text().length()) {
            return false;
        }
        String matched = Analysis.key(h.text().substring(h.start(), h.end())).toLowerCase(Locale.ROOT);
        return q.words().stream()
                .noneMatch(w -> matched.contains(w.key().toLowerCase(Locale.ROOT))
                        || w.key().toLowerCase(Locale.ROOT).contains(matched));
    }

    private static boolean synonyms(QueryText q) {
        return q.words().stream().anyMatch(w -> !Synonyms.curated().of(w.text()).isEmpty());
    }

    /** The first field a match is in, in the order a reader expects, with the text and offsets it points at. */
    private static Hit locate(
            Hit.Kind kind,
            Texts t,
            QueryText q,
            TextQuery.Tier tier,
            Matches m,
            List<String> names,
            String[] nameFields,
            String via) {
        try {
            List<String> order = List.of(
                    TextFields.NAME_ZH,
                    TextFields.NAME_EN,
                    TextFields.ALIAS,
                    TextFields.CODE,
                    TextFields.PINYIN,
                    TextFields.PINYIN_JOINED,
                    TextFields.PINYIN_INITIALS,
                    TextFields.PREFIX_JOINED,
                    TextFields.PREFIX_INITIALS,
                    TextFields.SUMMARY_ZH,
                    TextFields.SUMMARY_EN,
                    TextFields.INSTITUTION,
                    TextFields.INSTITUTION_EN);
            for (String field : order) {
                MatchesIterator it = m.getMatches(field);
                if (it == null || !it.next()) {
                    continue;
                }
                int start = safe(it::startOffset);
                int end = safe(it::endOffset);
                // the matches of a word's parts (a row of characters, its bigrams) as one extent
                while (it.next()) {
                    int s = safe(it::startOffset);
                    if (s < 0 || s > end) {
                        break;
                    }
                    end = Math.max(end, safe(it::endOffset));
                }
                String how = via != null ? via : "text";
                switch (field) {
                    case TextFields.NAME_ZH, TextFields.SUMMARY_ZH -> {
                        TextFields.Located l = TextFields.chinese(
                                field, field.equals(TextFields.NAME_ZH) ? t.name() : t.summary(), start, end);
                        return new Hit(kind, t.id(), tier.wire, l.field(), l.text(), how, l.start(), l.end());
                    }
                    case TextFields.NAME_EN -> {
                        return new Hit(kind, t.id(), tier.wire, field, t.name().en(), how, start, end);
                    }
                    case TextFields.ALIAS -> {
                        return at(kind, t.id(), tier.wire, TextFields.ALIAS, t.aliases(), null, start, end, how);
                    }
                    case TextFields.CODE -> {
                        List<String> all = TextFields.names(t.name(), t.aliases());
                        Hit h = at(kind, t.id(), tier.wire, null, all, null, start, end, how);
                        return new Hit(
                                kind,
                                t.id(),
                                tier.wire,
                                fieldOf(h.text(), names, nameFields),
                                h.text(),
                                how,
                                h.start(),
                                h.end());
                    }
                    case TextFields.PINYIN,
                            TextFields.PINYIN_JOINED,
                            TextFields.PINYIN_INITIALS,
                            TextFields.PREFIX_JOINED,
                            TextFields.PREFIX_INITIALS -> {
                        String n = pinyinSource(t, it, field);
                        int[] span = null;
                        for (QueryText.Word w : q.words()) {
                            if (span == null && w.latin()) {
                                span = Pinyin.locate(
                                        n, Pinyin.withoutToneNumbers(w.key().toLowerCase(Locale.ROOT)), false);
                            }
                        }
                        return new Hit(
                                kind,
                                t.id(),
                                tier.wire,
                                fieldOf(n, names, nameFields),
                                n,
                                via != null ? via : "pinyin",
                                span == null ? -1 : span[0],
                                span == null ? -1 : span[1]);
                    }
                    case TextFields.SUMMARY_EN -> {
                        return new Hit(
                                kind, t.id(), tier.wire, field, t.summary().en(), how, start, end);
                    }
                    default -> {
                        boolean en = field.equals(TextFields.INSTITUTION_EN);
                        List<String> values = new ArrayList<>();
                        List<String> ids = new ArrayList<>();
                        for (String[] linked : t.institutions()) {
                            values.add(en ? linked[2] : linked[1]);
                            ids.add(linked[0]);
                        }
                        Hit h = at(
                                kind,
                                t.id(),
                                tier.wire,
                                null,
                                values,
                                ids,
                                start,
                                end,
                                via != null ? via : "institution");
                        return h;
                    }
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A match in a field of several values: which value, and the offsets within it (fields join values with a gap of one). */
    private static Hit at(
            Hit.Kind kind,
            String id,
            String rank,
            String field,
            List<String> values,
            List<String> ids,
            int start,
            int end,
            String via) {
        int base = 0;
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (start < 0 || start < base + v.length() + 1 || i == values.size() - 1) {
                String f = ids == null ? field : "institutions." + ids.get(i);
                boolean inside = start >= base && end <= base + v.length();
                return new Hit(kind, id, rank, f, v, via, inside ? start - base : -1, inside ? end - base : -1);
            }
            base += v.length() + 1;
        }
        return new Hit(kind, id, rank, field, null, via, -1, -1);
    }

    /** The name or alias whose pinyin matched: the indexed readings follow the names and aliases in order. */
    private static String pinyinSource(Texts t, MatchesIterator it, String field) throws IOException {
        List<String> all = TextFields.names(t.name(), t.aliases());
        if (field.equals(TextFields.PINYIN)) {
            int start = it.startOffset();
            int base = 0;
            for (String n : all) {
                for (String[] reading : Pinyin.readings(n)) {
                    String v = String.join(" ", reading);
                    if (start >= 0 && start < base + v.length() + 1) {
                        return n;
                    }
                    base += v.length() + 1;
                }
            }
        }
        return all.stream().filter(Pinyin::hasHan).findFirst().orElse(all.get(0));
    }

    private static String fieldOf(String text, List<String> names, String[] nameFields) {
        int i = names.indexOf(text);
        return i >= 0 ? nameFields[i] : TextFields.ALIAS;
    }

    private static String or(String via, String otherwise) {
        return via != null ? via : otherwise;
    }

    private interface IoInt {
        int get() throws IOException;
    }

    private static int safe(IoInt f) {
        try {
            return f.get();
        } catch (IOException | UnsupportedOperationException e) {
            return -1;
        }
    }
}
