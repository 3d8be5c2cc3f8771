package cn.shanghai.achievements.catalogue;

import static org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;

import cn.shanghai.achievements.common.Lang;
import cn.shanghai.achievements.common.PartialDate;
import cn.shanghai.achievements.model.Achievement;
import cn.shanghai.achievements.model.Institution;
import cn.shanghai.achievements.text.Analysis;
import cn.shanghai.achievements.text.Pinyin;
import cn.shanghai.achievements.text.QueryText;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * The achievements of one release, indexed for every question the API asks of them: text (see {@link TextQuery}),
 * the filters as keyword and range fields, the orders as doc values, and beside the index the columns facets and
 * the timeline count over (category, sector, institutions with their ancestors, milestones). Records are held in
 * id order; that position is their ord everywhere.
 */
final class AchievementIndex {

    static final String ID = "id";
    static final String CATEGORY = "category";
    static final String SECTOR = "sector";
    static final String INSTITUTIONS = "institutions";
    static final String RANK_FIRST = "rank.first";
    static final String RANK_LATEST = "rank.latest";
    static final String RANK_NAME_EN = "rank.name.en";
    static final String RANK_NAME_PINYIN = "rank.name.pinyin";

    /** The dimensions a filter constrains; a facet counts with every constraint but its own. */
    enum Dimension {
        TEXT,
        CATEGORY,
        SECTOR,
        INSTITUTION,
        MILESTONE
    }

    final List<Achievement> records;
    final Map<String, Integer> ords;
    private final LuceneIndex lucene;

    // columns, by ord
    final int[] category;
    final int[] sector;
    final int[][] institutions;
    final int[] milestoneStart;
    final String[] milestoneType;
    /** Each milestone's type as a code into {@link #typeIds}, and its year less {@link #firstYear}: counted as arrays. */
    private final int[] milestoneTypeCode;

    private final String[] typeIds;
    private final int[] milestoneYearCode;
    private final int firstYear;
    private final int years;
    final boolean[] milestoneDated;
    final int[] milestoneFrom;
    final int[] milestoneTo;
    final int[] milestoneYear;
    final int[] milestoneOwner;
    final Achievement.Milestone[] milestones;
    final int[] chronological;
    final String[] categoryIds;
    final String[] sectorIds;
    final String[] institutionIds;
    final long[] achievementsPerInstitution;
    /** The release each achievement was created or last changed in, by id (indexed for updatedSince). */
    private final java.util.function.ToIntFunction<String> updatedIn;

    static final String UPDATED_IN = "updated_in";
    private final Map<String, Integer> institutionCodes;

    AchievementIndex(
            List<Achievement> byId,
            List<String> categoryIds,
            List<String> sectorIds,
            List<Institution> institutionsById,
            Map<String, List<String>> selfAndAncestors,
            java.util.function.ToIntFunction<String> updatedIn,
            LuceneIndex.Builder indexes) {
        this.records = byId;
        this.updatedIn = updatedIn;
        this.ords = new HashMap<>();
        for (int i = 0; i < byId.size(); i++) {
            ords.put(byId.get(i).id(), i);
        }
        this.categoryIds = categoryIds.toArray(String[]::new);
        this.sectorIds = sectorIds.toArray(String[]::new);
        this.institutionIds = institutionsById.stream().map(Institution::id).toArray(String[]::new);
        Map<String, Integer> categoryCode = codes(this.categoryIds);
        Map<String, Integer> sectorCode = codes(this.sectorIds);
        Map<String, Integer> institutionCode = codes(this.institutionIds);
        this.institutionCodes = institutionCode;
        Map<String, Institution> institutionById = new HashMap<>();
        institutionsById.forEach(i -> institutionById.put(i.id(), i));
        int n = byId.size();
        category = new int[n];
        sector = new int[n];
        institutions = new int[n][];
        milestoneStart = new int[n + 1];
        List<Achievement.Milestone> all = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Achievement a = byId.get(i);
            category[i] = categoryCode.getOrDefault(a.category(), -1);
            sector[i] = sectorCode.getOrDefault(a.sector(), -1);
            Set<Integer> codes = new LinkedHashSet<>();
            for (Achievement.InstitutionLink l : a.institutions()) {
                for (String id : selfAndAncestors.getOrDefault(l.id(), List.of(l.id()))) {
                    Integer c = institutionCode.get(id);
                    if (c != null) {
                        codes.add(c);
                    }
                }
            }
            institutions[i] = codes.stream().mapToInt(Integer::intValue).toArray();
            milestoneStart[i] = all.size();
            for (Achievement.Milestone m : Chronology.order(a.milestones())) {
                all.add(m);
                owners.add(i);
            }
        }
        milestoneStart[n] = all.size();
        int m = all.size();
        milestones = all.toArray(Achievement.Milestone[]::new);
        milestoneOwner = owners.stream().mapToInt(Integer::intValue).toArray();
        milestoneType = new String[m];
        milestoneDated = new boolean[m];
        milestoneFrom = new int[m];
        milestoneTo = new int[m];
        milestoneYear = new int[m];
        for (int k = 0; k < m; k++) {
            Achievement.Milestone ms = milestones[k];
            PartialDate d = PartialDate.parse(ms.date());
            milestoneType[k] = ms.type();
            milestoneDated[k] = Chronology.isDated(ms);
            milestoneFrom[k] = (int) d.start().toEpochDay();
            milestoneTo[k] = (int) d.end().toEpochDay();
            milestoneYear[k] = d.start().getYear();
        }
        Map<String, Integer> typeCodes = new java.util.TreeMap<>();
        int minYear = Integer.MAX_VALUE;
        int maxYear = Integer.MIN_VALUE;
        for (int k = 0; k < m; k++) {
            typeCodes.putIfAbsent(milestoneType[k], 0);
            minYear = Math.min(minYear, milestoneYear[k]);
            maxYear = Math.max(maxYear, milestoneYear[k]);
        }
        typeIds = typeCodes.keySet().toArray(String[]::new);
        for (int t = 0; t < typeIds.length; t++) {
            typeCodes.put(typeIds[t], t);
        }
        firstYear = m == 0 ? 0 : minYear;
        years = m == 0 ? 0 : maxYear - minYear + 1;
        milestoneTypeCode = new int[m];
        milestoneYearCode = new int[m];
        for (int k = 0; k < m; k++) {
            milestoneTypeCode[k] = typeCodes.get(milestoneType[k]);
            milestoneYearCode[k] = milestoneYear[k] - firstYear;
        }
        chronological = Chronology.sortedIndices(milestones, milestoneFrom);
        achievementsPerInstitution = new long[institutionIds.length];
        for (int[] codes : institutions) {
            for (int c : codes) {
                achievementsPerInstitution[c]++;
            }
        }
        // ranks by ord: ords are in id order, so the ord breaks ties as the id would
        int[] firstStarts = new int[n];
        int[] latestStarts = new int[n];
        String[] namesEn = new String[n];
        String[] pinyinNames = new String[n];
        for (int i = 0; i < n; i++) {
            firstStarts[i] = firstStart(i);
            latestStarts[i] = -latestStart(i);
            namesEn[i] = byId.get(i).name().en().toLowerCase(Locale.ROOT);
            List<String[]> readings = Pinyin.readings(byId.get(i).name().zhHans());
            pinyinNames[i] =
                    readings.isEmpty() ? Analysis.key(byId.get(i).name().zhHans()) : String.join(" ", readings.get(0));
        }
        int[] rankFirst = ranks(firstStarts);
        int[] rankLatest = ranks(latestStarts);
        int[] rankNameEn = ranks(namesEn);
        int[] rankNamePinyin = ranks(pinyinNames);
        lucene = indexes.build(
                "achievements",
                n,
                i -> document(
                        byId.get(i),
                        institutionById,
                        selfAndAncestors,
                        rankFirst[i],
                        rankLatest[i],
                        rankNameEn[i],
                        rankNamePinyin[i],
                        i));
    }

    private int firstStart(int i) {
        return milestoneStart[i] == milestoneStart[i + 1] ? Integer.MAX_VALUE : milestoneFrom[milestoneStart[i]];
    }

    private int latestStart(int i) {
        int latest = Integer.MIN_VALUE;
        for (int k = milestoneStart[i]; k < milestoneStart[i + 1]; k++) {
            latest = Math.max(latest, milestoneFrom[k]);
        }
        return latest;
    }

    private Document document(
            Achievement a,
            Map<String, Institution> institutionById,
            Map<String, List<String>> selfAndAncestors,
            int rankFirst,
            int rankLatest,
            int rankNameEn,
            int rankNamePinyin,
            int ord) {
        Document doc = new Document();
        doc.add(new StringField(ID, a.id(), Field.Store.NO));
        TextFields.names(doc, a.name(), a.aliases());
        TextFields.summary(doc, a.summary());
        for (Achievement.InstitutionLink l : a.institutions()) {
            Institution i = institutionById.get(l.id());
            if (i != null) {
                TextFields.institution(doc, i.name(), i.aliases());
            }
        }
        doc.add(new StringField(CATEGORY, a.category(), Field.Store.NO));
        doc.add(new StringField(SECTOR, a.sector(), Field.Store.NO));
        Set<String> linked = new LinkedHashSet<>();
        a.institutions().forEach(l -> linked.addAll(selfAndAncestors.getOrDefault(l.id(), List.of(l.id()))));
        linked.forEach(id -> doc.add(new StringField(INSTITUTIONS, id, Field.Store.NO)));
        Set<String> types = new LinkedHashSet<>();
        for (int k = milestoneStart[ord]; k < milestoneStart[ord + 1]; k++) {
            types.add(milestoneType[k]);
            if (milestoneDated[k]) {
                int[] from = {milestoneFrom[k]};
                int[] to = {milestoneTo[k]};
                doc.add(new IntRange(MilestoneConstraint.RANGE_FIELD, from, to));
                doc.add(new IntRange(MilestoneConstraint.rangeField(milestoneType[k]), from, to));
            }
        }
        types.forEach(t -> doc.add(new StringField(MilestoneConstraint.TYPE_FIELD, t, Field.Store.NO)));
        doc.add(new NumericDocValuesField(RANK_FIRST, rankFirst));
        doc.add(new NumericDocValuesField(RANK_LATEST, rankLatest));
        doc.add(new org.apache.lucene.document.IntPoint(UPDATED_IN, updatedIn.applyAsInt(a.id())));
        doc.add(new NumericDocValuesField(RANK_NAME_EN, rankNameEn));
        doc.add(new NumericDocValuesField(RANK_NAME_PINYIN, rankNamePinyin));
        return doc;
    }

    // ---- questions

    /** The text query of a filter as typed, or null without text. */
    static TextQuery text(AchievementFilter f) {
        return f.q() == null ? null : TextQuery.of(QueryText.parse(f.q()));
    }

    /** For a text query that found nothing, the query with its typos corrected; null if there is none to ask. */
    private TextQuery corrected(TextQuery text, long found) {
        return found == 0 && text != null && !text.corrected && !text.text.isEmpty()
                ? Typos.correct(text.text, List.of(lucene))
                : null;
    }

    /** The filter's query, without the constraints of the given dimensions. */
    Query query(AchievementFilter f, TextQuery text, Set<Dimension> without) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        if (text != null && !without.contains(Dimension.TEXT)) {
            b.add(text.text.isEmpty() ? literal(text.text.literal()) : text.filter(), BooleanClause.Occur.FILTER);
            any = true;
        }
        if (!f.categories().isEmpty() && !without.contains(Dimension.CATEGORY)) {
            b.add(terms(CATEGORY, f.categories()), BooleanClause.Occur.FILTER);
            any = true;
        }
        if (!f.sectors().isEmpty() && !without.contains(Dimension.SECTOR)) {
            b.add(terms(SECTOR, f.sectors()), BooleanClause.Occur.FILTER);
            any = true;
        }
        if (!f.institutions().isEmpty() && !without.contains(Dimension.INSTITUTION)) {
            b.add(terms(INSTITUTIONS, f.institutions()), BooleanClause.Occur.FILTER);
            any = true;
        }
        if (f.updatedAfter() > 0) {
            b.add(updatedAfter(f.updatedAfter()), BooleanClause.Occur.FILTER);
            any = true;
        }
        Query milestone =
                without.contains(Dimension.MILESTONE) ? null : milestones(f).query();
        if (milestone != null) {
            b.add(milestone, BooleanClause.Occur.FILTER);
            any = true;
        }
        return any ? b.build() : new MatchAllDocsQuery();
    }

    /**
     * The achievements whose id, names, aliases or summaries hold a text as it is: the match of a query with nothing
     * to analyse (punctuation, symbols), which the index's tokens cannot see.
     */
    static Query updatedAfter(int release) {
        return org.apache.lucene.document.IntPoint.newRangeQuery(UPDATED_IN, release + 1, Integer.MAX_VALUE);
    }

    Query literal(String text) {
        if (text.isEmpty()) {
            return new MatchNoDocsQuery();
        }
        List<BytesRef> ids = new ArrayList<>();
        for (Achievement a : records) {
            if (literalText(a).contains(text)) {
                ids.add(new BytesRef(a.id()));
            }
        }
        return ids.isEmpty() ? new MatchNoDocsQuery() : new TermInSetQuery(ID, ids);
    }

    /** What a literal query is matched against. */
    static String literalText(Achievement a) {
        StringBuilder b = new StringBuilder(a.id());
        for (String t : TextFields.nameValues(a.name())) {
            b.append('\n').append(t);
        }
        for (String t : TextFields.nameValues(a.summary())) {
            b.append('\n').append(t);
        }
        a.aliases().forEach(t -> b.append('\n').append(t));
        return Normalizer.normalize(b.toString(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    static MilestoneConstraint milestones(AchievementFilter f) {
        return new MilestoneConstraint(Set.copyOf(f.milestoneTypes()), f.from(), f.to());
    }

    /** The matches of a filter: the page asked for in the asked order, and the total. */
    LuceneIndex.Ranked list(AchievementFilter f, Lang lang, int offset, int size) {
        TextQuery exact = text(f);
        LuceneIndex.Ranked r = list(f, exact, lang, offset, size);
        TextQuery corrected = corrected(exact, r.total());
        return corrected != null ? list(f, corrected, lang, offset, size) : r;
    }

    private LuceneIndex.Ranked list(AchievementFilter f, TextQuery text, Lang lang, int offset, int size) {
        AchievementFilter.Sort sort = f.sort();
        if (sort == AchievementFilter.Sort.RELEVANCE && text != null && !text.text.isEmpty()) {
            // the scoring query matches what the text filter does: the text is asked once
            BooleanQuery.Builder scored = new BooleanQuery.Builder();
            scored.add(text.scoring(), BooleanClause.Occur.MUST);
            scored.add(query(f, text, EnumSet.of(Dimension.TEXT)), BooleanClause.Occur.FILTER);
            return slice(
                    lucene.top(
                            scored.build(),
                            new Sort(SortField.FIELD_SCORE, new SortField(RANK_LATEST, SortField.Type.INT)),
                            offset + size),
                    offset);
        }
        return slice(lucene.top(query(f, text, Set.of()), order(sort, lang), offset + size), offset);
    }

    /** Every match of a filter in the asked order (an export). */
    int[] all(AchievementFilter f, Lang lang) {
        LuceneIndex.Ranked r = list(f, lang, 0, Math.max(1, records.size()));
        return r.ords();
    }

    private static LuceneIndex.Ranked slice(LuceneIndex.Ranked r, int offset) {
        int from = Math.min(offset, r.ords().length);
        return new LuceneIndex.Ranked(Arrays.copyOfRange(r.ords(), from, r.ords().length), r.total());
    }

    /** The sort of an order: names in pinyin order when the language is Chinese, English order otherwise. */
    static Sort order(AchievementFilter.Sort sort, Lang lang) {
        String name = lang == Lang.EN ? RANK_NAME_EN : RANK_NAME_PINYIN;
        return switch (sort) {
            case DATE -> new Sort(new SortField(RANK_FIRST, SortField.Type.INT));
            case NAME -> new Sort(new SortField(name, SortField.Type.INT));
            case NAME_DESC -> new Sort(new SortField(name, SortField.Type.INT, true));
            case DATE_DESC, RELEVANCE -> new Sort(new SortField(RANK_LATEST, SortField.Type.INT));
        };
    }

    /**
     * A filter's constraints, each evaluated once as the set of ords it admits (null: it constrains nothing), so that
     * the facets can combine all of them but one per dimension without asking the index again.
     */
    private final class Evaluation {
        final FixedBitSet text;
        final FixedBitSet category;
        final FixedBitSet sector;
        final FixedBitSet institution;
        final FixedBitSet updated;
        final MilestoneConstraint milestone;
        private FixedBitSet milestoneAll;

        Evaluation(AchievementFilter f) {
            FixedBitSet t = null;
            if (f.q() != null) {
                TextQuery exact = text(f);
                t = lucene.matching(query(f, exact, EnumSet.complementOf(EnumSet.of(Dimension.TEXT))));
                TextQuery corrected = corrected(exact, t.cardinality());
                if (corrected != null) {
                    t = lucene.matching(query(f, corrected, EnumSet.complementOf(EnumSet.of(Dimension.TEXT))));
                }
            }
            text = t;
            category = f.categories().isEmpty() ? null : lucene.matching(terms(CATEGORY, f.categories()));
            sector = f.sectors().isEmpty() ? null : lucene.matching(terms(SECTOR, f.sectors()));
            institution = f.institutions().isEmpty() ? null : lucene.matching(terms(INSTITUTIONS, f.institutions()));
            updated = f.updatedAfter() > 0 ? lucene.matching(updatedAfter(f.updatedAfter())) : null;
            milestone = milestones(f);
        }

        FixedBitSet milestone(MilestoneConstraint m) {
            Query q = m.query();
            return q == null ? null : lucene.matching(q);
        }

        /** The ords every constraint but those of the given dimension admits (with the milestone constraint given). */
        FixedBitSet all(Dimension without, MilestoneConstraint ms) {
            FixedBitSet out = new FixedBitSet(Math.max(1, records.size()));
            out.set(0, records.size());
            for (FixedBitSet b : new FixedBitSet[] {
                without == Dimension.TEXT ? null : text,
                without == Dimension.CATEGORY ? null : category,
                without == Dimension.SECTOR ? null : sector,
                without == Dimension.INSTITUTION ? null : institution,
                updated,
                ms == null ? null : ms == milestone ? milestoneAll() : milestone(ms)
            }) {
                if (b != null) {
                    out.and(b);
                }
            }
            return out;
        }

        private FixedBitSet milestoneAll() {
            if (milestoneAll == null) {
                milestoneAll = milestone(milestone);
            }
            return milestoneAll;
        }
    }

    /** Counts by category, sector, institution (rolled up to its parents), milestone type and year. */
    Facets facets(AchievementFilter f) {
        Evaluation e = new Evaluation(f);
        MilestoneConstraint ms = e.milestone;
        FixedBitSet all = e.all(null, ms);
        Facets counts = new Facets(all.cardinality());
        // counted into arrays by code (a catalogue of 100,000 records is counted in a few milliseconds), then named
        long[] perCategory = new long[categoryIds.length];
        forEach(f.categories().isEmpty() ? all : e.all(Dimension.CATEGORY, ms), i -> perCategory[category[i]]++);
        named(perCategory, categoryIds, counts.category);
        long[] perSector = new long[sectorIds.length];
        forEach(f.sectors().isEmpty() ? all : e.all(Dimension.SECTOR, ms), i -> perSector[sector[i]]++);
        named(perSector, sectorIds, counts.sector);
        long[] perInstitution = new long[institutionIds.length];
        forEach(f.institutions().isEmpty() ? all : e.all(Dimension.INSTITUTION, ms), i -> {
            for (int c : institutions[i]) {
                perInstitution[c]++;
            }
        });
        named(perInstitution, institutionIds, counts.institution);
        // the milestone dimensions: types within the dates asked, years within the types asked; an achievement
        // counts once per type and year however many of its milestones have them (a stamp per ord says so)
        MilestoneConstraint datesOnly = ms.withoutTypes();
        MilestoneConstraint typesOnly = ms.withoutDates();
        long[] perType = new long[typeIds.length];
        int[] typeStamp = new int[typeIds.length];
        java.util.Arrays.fill(typeStamp, -1);
        boolean anyDate = datesOnly.dated();
        forEach(ms.types().isEmpty() ? all : e.all(null, datesOnly), i -> {
            for (int k = milestoneStart[i]; k < milestoneStart[i + 1]; k++) {
                int t = milestoneTypeCode[k];
                if (typeStamp[t] != i
                        && (!anyDate
                                || datesOnly.test(
                                        milestoneType[k], milestoneDated[k], milestoneFrom[k], milestoneTo[k]))) {
                    typeStamp[t] = i;
                    perType[t]++;
                }
            }
        });
        named(perType, typeIds, counts.milestone);
        long[] perYear = new long[years];
        int[] yearStamp = new int[years];
        java.util.Arrays.fill(yearStamp, -1);
        boolean anyType = !typesOnly.types().isEmpty();
        forEach(ms.dated() ? e.all(null, typesOnly) : all, i -> {
            for (int k = milestoneStart[i]; k < milestoneStart[i + 1]; k++) {
                int y = milestoneYearCode[k];
                if (milestoneDated[k]
                        && yearStamp[y] != i
                        && (!anyType || typesOnly.test(milestoneType[k], true, milestoneFrom[k], milestoneTo[k]))) {
                    yearStamp[y] = i;
                    perYear[y]++;
                }
            }
        });
        for (int y = 0; y < years; y++) {
            if (perYear[y] > 0) {
                counts.year.put(String.valueOf(firstYear + y), perYear[y]);
            }
        }
        return counts;
    }

    /** The timeline: the milestones the filter's matches have within its milestone constraint, in date order. */
    Timeline timeline(AchievementFilter f, boolean newestFirst, int offset, int size) {
        Evaluation e = new Evaluation(f);
        FixedBitSet matches = e.all(null, e.milestone);
        MilestoneConstraint ms = e.milestone;
        List<Integer> page = new ArrayList<>(size);
        long total = 0;
        for (int n = 0; n < chronological.length; n++) {
            int k = chronological[newestFirst ? chronological.length - 1 - n : n];
            int owner = milestoneOwner[k];
            if (matches.get(owner) && ms.test(milestoneType[k], milestoneDated[k], milestoneFrom[k], milestoneTo[k])) {
                if (total >= offset && page.size() < size) {
                    page.add(k);
                }
                total++;
            }
        }
        return new Timeline(page.stream().mapToInt(Integer::intValue).toArray(), total);
    }

    /** Milestones (by their index in {@link #milestones}) of one timeline page, and how many there are in all. */
    record Timeline(int[] milestones, long total) {}

    /** Facet counts, by dimension and value. */
    static final class Facets {
        final long total;
        final Map<String, Long> category = new HashMap<>();
        final Map<String, Long> sector = new HashMap<>();
        final Map<String, Long> institution = new HashMap<>();
        final Map<String, Long> milestone = new HashMap<>();
        final Map<String, Long> year = new HashMap<>();

        Facets(long total) {
            this.total = total;
        }
    }

    private static void named(long[] perCode, String[] ids, Map<String, Long> into) {
        for (int c = 0; c < perCode.length; c++) {
            if (perCode[c] > 0) {
                into.put(ids[c], perCode[c]);
            }
        }
    }

    static void forEach(FixedBitSet bits, IntConsumer action) {
        for (int i = bits.nextSetBit(0);
                i != NO_MORE_DOCS;
                i = i + 1 < bits.length() ? bits.nextSetBit(i + 1) : NO_MORE_DOCS) {
            action.accept(i);
        }
    }

    private static Query terms(String field, List<String> values) {
        List<BytesRef> refs = new ArrayList<>(values.size());
        values.forEach(v -> refs.add(new BytesRef(v)));
        return new TermInSetQuery(field, refs);
    }

    private static Map<String, Integer> codes(String[] ids) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            out.put(ids[i], i);
        }
        return out;
    }

    /** The rank of each ord by an int key, ties by ord. */
    static int[] ranks(int[] key) {
        long[] sorted = new long[key.length];
        for (int i = 0; i < key.length; i++) {
            // the key's bits above the ord's, the sign flipped so that signed order is the key's order
            sorted[i] = (((long) key[i] + 0x80000000L) << 32 | i) ^ Long.MIN_VALUE;
        }
        Arrays.sort(sorted);
        int[] rank = new int[key.length];
        for (int r = 0; r < sorted.length; r++) {
            rank[(int) sorted[r]] = r;
        }
        return rank;
    }

    /** The rank of each ord by a text key, ties by ord. */
    private static int[] ranks(String[] key) {
        Integer[] byRank = new Integer[key.length];
        for (int i = 0; i < key.length; i++) {
            byRank[i] = i;
        }
        Arrays.sort(byRank, (a, b) -> {
            int c = key[a].compareTo(key[b]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        int[] rank = new int[key.length];
        for (int r = 0; r < key.length; r++) {
            rank[byRank[r]] = r;
        }
        return rank;
    }

    /** How many achievements are linked to an institution or to one below it. */
    long achievementCount(String institutionId) {
        Integer code = institutionCodes.get(institutionId);
        return code == null ? 0 : achievementsPerInstitution[code];
    }

    LuceneIndex lucene() {
        return lucene;
    }
}
