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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
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
        TextQuery tq = TextQuery.of(text, false);
        if (total(c, tq, kinds) == 0) {
            tq = TextQuery.of(text, true);
        }
        List<Scored> scored = new ArrayList<>();
        long total = 0;
        for (Hit.Kind kind : Hit.Kind.values()) {
            if (!kinds.contains(kind)) {
                continue;
            }
            LuceneIndex index = index(c, kind);
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            b.add(tq.scoring(), BooleanClause.Occur.MUST);
            b.add(tq.filter(), BooleanClause.Occur.FILTER);
            LuceneIndex.Scored top = index.topScored(b.build(), offset + size);
            total += top.total();
            for (int i = 0; i < top.ords().length; i++) {
                scored.add(new Scored(kind, top.ords()[i], top.scores()[i]));
            }
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> -s.score())
                .thenComparing(Scored::kind)
                .thenComparingInt(Scored::ord));
        List<Hit> page = new ArrayList<>();
        for (int i = offset; i < Math.min(scored.size(), offset + size); i++) {
            Scored s = scored.get(i);
            page.add(explain(c, tq, s.kind(), s.ord()));
        }
        return new Catalogue.Page<>(page, total);
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

    private static long total(Catalogue c, TextQuery tq, Set<Hit.Kind> kinds) {
        long n = 0;
        for (Hit.Kind kind : kinds) {
            n += index(c, kind).matching(tq.filter()).cardinality();
        }
        return n;
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
                                i.name().zhHans() + "\n" + i.name().zhHant() + "\n" + String.join("\n", i.aliases()),
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

    /** Why a record matched: the first tier it meets, and where. */
    static Hit explain(Catalogue c, TextQuery tq, Hit.Kind kind, int ord) {
        Texts t = texts(c, kind, ord);
        String via = tq.fuzzy ? "typo" : null;
        QueryText q = tq.text;
        List<String> names = TextFields.nameValues(t.name());
        String[] nameFields = {TextFields.NAME_HANS, TextFields.NAME_HANT, TextFields.NAME_EN};
        List<String> all = TextFields.names(t.name(), t.aliases());
        // the exact and prefix tiers, as their queries state them; among several matches the shortest text says it best
        Hit best = null;
        for (String n : all) {
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
            boolean whole = tier != TextQuery.Tier.PREFIX && how.equals("text");
            boolean leading = tier == TextQuery.Tier.PREFIX
                    && how.equals("text")
                    && n.startsWith(q.raw().strip());
            Hit h = new Hit(
                    kind,
                    t.id(),
                    tier.wire,
                    fieldOf(n, names, nameFields),
                    n,
                    or(via, how),
                    whole ? 0 : leading ? 0 : -1,
                    whole ? n.length() : leading ? q.raw().strip().length() : -1);
            if (best == null
                    || tierOf(h) < tierOf(best)
                    || (tierOf(h) == tierOf(best) && n.length() < best.text().length())) {
                best = h;
            }
        }
        if (best != null) {
            return best;
        }
        LuceneIndex index = index(c, kind);
        for (TextQuery.Tier tier : List.of(
                TextQuery.Tier.PART, TextQuery.Tier.SUMMARY, TextQuery.Tier.INSTITUTION, TextQuery.Tier.OTHER)) {
            Query query = tq.tier(tier);
            Matches m = query == null ? null : index.matches(query, ord);
            if (m == null) {
                continue;
            }
            Hit located = locate(kind, t, tier, m, names, nameFields, via);
            if (located != null) {
                return located;
            }
            return new Hit(kind, t.id(), tier.wire, null, null, or(via, "text"), -1, -1);
        }
        return new Hit(
                kind, t.id(), TextQuery.Tier.OTHER.wire, null, null, or(via, synonyms(q) ? "synonym" : "text"), -1, -1);
    }

    private static int tierOf(Hit h) {
        for (TextQuery.Tier t : TextQuery.Tier.values()) {
            if (t.wire.equals(h.rank())) {
                return t.ordinal();
            }
        }
        return Integer.MAX_VALUE;
    }

    private static boolean synonyms(QueryText q) {
        return q.words().stream().anyMatch(w -> !Synonyms.curated().of(w.text()).isEmpty());
    }

    /** The first field a match is in, in the order a reader expects, with the text and offsets it points at. */
    private static Hit locate(
            Hit.Kind kind,
            Texts t,
            TextQuery.Tier tier,
            Matches m,
            List<String> names,
            String[] nameFields,
            String via) {
        try {
            List<String> order = List.of(
                    TextFields.NAME_HANS,
                    TextFields.NAME_HANT,
                    TextFields.NAME_EN,
                    TextFields.ALIAS,
                    TextFields.CODE,
                    TextFields.PINYIN,
                    TextFields.PINYIN_JOINED,
                    TextFields.PINYIN_INITIALS,
                    TextFields.PINYIN_RUNS,
                    TextFields.SUMMARY_HANS,
                    TextFields.SUMMARY_HANT,
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
                String how = via != null ? via : "text";
                switch (field) {
                    case TextFields.NAME_HANS, TextFields.NAME_HANT, TextFields.NAME_EN -> {
                        int i = field.equals(TextFields.NAME_HANS) ? 0 : field.equals(TextFields.NAME_HANT) ? 1 : 2;
                        return new Hit(kind, t.id(), tier.wire, field, names.get(i), how, start, end);
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
                            TextFields.PINYIN_RUNS -> {
                        String n = pinyinSource(t, it, field);
                        return new Hit(
                                kind,
                                t.id(),
                                tier.wire,
                                fieldOf(n, names, nameFields),
                                n,
                                via != null ? via : "pinyin",
                                -1,
                                -1);
                    }
                    case TextFields.SUMMARY_HANS, TextFields.SUMMARY_HANT, TextFields.SUMMARY_EN -> {
                        String text = field.equals(TextFields.SUMMARY_HANS)
                                ? t.summary().zhHans()
                                : field.equals(TextFields.SUMMARY_HANT)
                                        ? t.summary().zhHant()
                                        : t.summary().en();
                        return new Hit(kind, t.id(), tier.wire, field, text, how, start, end);
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
