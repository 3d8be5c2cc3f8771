package cn.shanghai.achievements.catalogue;

import cn.shanghai.achievements.common.Lang;
import cn.shanghai.achievements.common.PartialDate;
import cn.shanghai.achievements.common.Period;
import cn.shanghai.achievements.common.Problem.FieldError;
import cn.shanghai.achievements.common.ProblemException;
import cn.shanghai.achievements.model.Achievement;
import cn.shanghai.achievements.model.Dataset;
import cn.shanghai.achievements.model.Indicator;
import cn.shanghai.achievements.model.Institution;
import cn.shanghai.achievements.model.RecordKind;
import cn.shanghai.achievements.model.Release;
import cn.shanghai.achievements.model.Source;
import cn.shanghai.achievements.model.Term;
import cn.shanghai.achievements.store.RecordHistory;
import cn.shanghai.achievements.text.QueryText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/**
 * The read model of one release: every record, the lookups and indexes every read needs, and the representations
 * features derive from them, all built once and never changed. Everything the API serves for a release is a
 * question asked of one of these; a new release is a new one, swapped in whole ({@link Catalogues}).
 */
public final class Catalogue {

    private final Release release;
    private final Dataset data;
    private final Map<String, Achievement> achievements = new HashMap<>();
    private final Map<String, Institution> institutions = new HashMap<>();
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Map<String, Term> sectors = new LinkedHashMap<>();
    private final Map<String, Term> categories = new LinkedHashMap<>();
    private final Map<String, Term> milestoneTypes = new LinkedHashMap<>();
    private final List<Institution> institutionsById;
    private final List<Indicator> indicators;
    private final Map<String, List<String>> selfAndAncestors = new HashMap<>();
    private final Map<String, List<Institution>> children = new HashMap<>();
    private final AchievementIndex achievementIndex;
    private final LuceneIndex institutionIndex;
    private final LuceneIndex indicatorIndex;
    private final Map<Object, Object> derived = new ConcurrentHashMap<>();
    /** When each record was created and changed, and the records removed by this release (null: all new here). */
    private final RecordHistory.Timeline timeline;
    /** The releases up to this one, by sequence number. */
    private final java.util.TreeMap<Integer, Release> releases = new java.util.TreeMap<>();

    Catalogue(Release release, Dataset data) {
        this(release, data, null, List.of(release), LuceneIndex.Builder.IN_MEMORY);
    }

    Catalogue(
            Release release,
            Dataset data,
            RecordHistory.Timeline timeline,
            List<Release> releases,
            LuceneIndex.Builder indexes) {
        this.release = release;
        this.timeline = timeline;
        releases.forEach(r -> this.releases.put(r.seq(), r));
        this.releases.put(release.seq(), release);
        this.data = data;
        data.achievements().forEach(a -> achievements.put(a.id(), a));
        data.institutions().forEach(i -> institutions.put(i.id(), i));
        data.sources().stream()
                .sorted(Comparator.comparing((Source s) -> s.reportingYear() == null ? 0 : s.reportingYear())
                        .thenComparing(Source::id))
                .forEach(s -> sources.put(s.id(), s));
        byPosition(data.sectors()).forEach(t -> sectors.put(t.id(), t));
        byPosition(data.categories()).forEach(t -> categories.put(t.id(), t));
        byPosition(data.milestoneTypes()).forEach(t -> milestoneTypes.put(t.id(), t));
        institutionsById = data.institutions().stream()
                .sorted(Comparator.comparing(Institution::id))
                .toList();
        for (Institution i : institutionsById) {
            List<String> chain = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (Institution at = i;
                    at != null && seen.add(at.id());
                    at = at.parentId() == null ? null : institutions.get(at.parentId())) {
                chain.add(at.id());
            }
            selfAndAncestors.put(i.id(), List.copyOf(chain));
            if (i.parentId() != null) {
                children.computeIfAbsent(i.parentId(), k -> new ArrayList<>()).add(i);
            }
        }
        indicators = data.indicators().stream()
                .sorted(Comparator.comparing(Indicator::metric)
                        .thenComparing(i -> Period.parse(i.period()).start())
                        .thenComparing(Indicator::id))
                .toList();
        List<Achievement> byId = data.achievements().stream()
                .sorted(Comparator.comparing(Achievement::id))
                .toList();
        // the small indexes on another core while this one builds the achievements'
        CompletableFuture<LuceneIndex> institutionsIndexed =
                CompletableFuture.supplyAsync(() -> indexes.build("institutions", institutionsById.size(), k -> {
                    Institution i = institutionsById.get(k);
                    Document doc = new Document();
                    TextFields.names(doc, i.name(), i.aliases());
                    doc.add(new StringField(INSTITUTION_TYPE, i.type(), Field.Store.NO));
                    return doc;
                }));
        CompletableFuture<LuceneIndex> indicatorsIndexed =
                CompletableFuture.supplyAsync(() -> indexes.build("indicators", indicators.size(), k -> {
                    Indicator i = indicators.get(k);
                    Document doc = new Document();
                    TextFields.names(doc, i.name(), List.of(i.metric()));
                    return doc;
                }));
        achievementIndex = new AchievementIndex(
                byId,
                List.copyOf(categories.keySet()),
                List.copyOf(sectors.keySet()),
                institutionsById,
                selfAndAncestors,
                id -> updatedIn(RecordKind.ACHIEVEMENT, id),
                indexes);
        institutionIndex = institutionsIndexed.join();
        indicatorIndex = indicatorsIndexed.join();
    }

    private static final String INSTITUTION_TYPE = "type";

    // ---- time: releases, record histories, tombstones

    /** The release a record was first created in. */
    public int createdIn(RecordKind kind, String id) {
        RecordHistory.History h = timeline == null ? null : timeline.of(kind, id);
        return h == null ? release.seq() : h.createdIn();
    }

    /** The release a record was last created or changed in. */
    public int updatedIn(RecordKind kind, String id) {
        RecordHistory.History h = timeline == null ? null : timeline.of(kind, id);
        return h == null ? release.seq() : h.updatedIn();
    }

    /** When a release (of this one or before) was published. */
    public java.time.Instant publishedAt(int seq) {
        Release r = releases.get(seq);
        return r == null ? null : r.publishedAt();
    }

    /** The releases up to this one, newest first. */
    public List<Release> releases() {
        return List.copyOf(releases.descendingMap().values());
    }

    /** A record this release no longer holds: the release that removed it, and what replaced it. */
    public Optional<RecordHistory.Tombstone> tombstone(RecordKind kind, String id) {
        return timeline == null ? Optional.empty() : Optional.ofNullable(timeline.tombstone(kind, id));
    }

    /** The problem for an id this release does not hold: 410 Gone for a removed record, else 404. */
    public ProblemException missing(RecordKind kind, String id) {
        String label = kind.wire.replace('-', ' ');
        return tombstone(kind, id)
                .map(t -> ProblemException.gone(
                        label,
                        id,
                        t.removedIn(),
                        t.replacedBy() == null
                                ? null
                                : cn.shanghai.achievements.common.ApiPaths.of(kind.wire, t.replacedBy())))
                .orElseGet(() -> ProblemException.notFound(label, id));
    }

    /**
     * The release after which records changed, as a list's {@code updatedSince} gives it: a release number, or a date
     * or instant (the records of the releases published from then on). Null when not given; a 400 when malformed or
     * a release this catalogue does not know.
     */
    public Integer updatedAfter(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String v = raw.strip();
        if (v.matches("\\d{1,9}")) {
            int seq = Integer.parseInt(v);
            if (seq > release.seq()) {
                throw ProblemException.invalid(List.of(new FieldError(
                        "updatedSince", "release " + seq + " is later than the current release " + release.seq())));
            }
            return seq;
        }
        java.time.Instant since;
        try {
            since = v.length() <= 10
                    ? java.time.LocalDate.parse(v)
                            .atStartOfDay(java.time.ZoneOffset.UTC)
                            .toInstant()
                    : java.time.OffsetDateTime.parse(v).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalid(List.of(new FieldError(
                    "updatedSince",
                    "must be a release number (see /api/v1/releases) or a date (YYYY-MM-DD) or instant (RFC 3339)")));
        }
        for (Release r : releases.values()) {
            if (!r.publishedAt().isBefore(since)) {
                return r.seq() - 1;
            }
        }
        return release.seq();
    }

    private static List<Term> byPosition(List<Term> terms) {
        return terms.stream().sorted(Comparator.comparingInt(Term::position)).toList();
    }

    // ---- the release and its records

    public Release release() {
        return release;
    }

    public Dataset data() {
        return data;
    }

    public Optional<Achievement> achievement(String id) {
        return Optional.ofNullable(achievements.get(id));
    }

    public Optional<Institution> institution(String id) {
        return Optional.ofNullable(institutions.get(id));
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    /** The sources, in reporting-year order. */
    public List<Source> sources() {
        return List.copyOf(sources.values());
    }

    public Map<String, Term> sectors() {
        return Collections.unmodifiableMap(sectors);
    }

    public Map<String, Term> categories() {
        return Collections.unmodifiableMap(categories);
    }

    public Map<String, Term> milestoneTypes() {
        return Collections.unmodifiableMap(milestoneTypes);
    }

    /** The known values the list filters are checked against. */
    public AchievementFilter.Known known() {
        return new AchievementFilter.Known(
                categories.keySet(), sectors.keySet(), milestoneTypes.keySet(), institutions.keySet());
    }

    /** Achievements in id order: the order of {@link #achievementAt}. */
    public List<Achievement> achievements() {
        return achievementIndex.records;
    }

    public Achievement achievementAt(int ord) {
        return achievementIndex.records.get(ord);
    }

    public int achievementOrd(String id) {
        Integer ord = achievementIndex.ords.get(id);
        return ord == null ? -1 : ord;
    }

    /** Institutions in id order. */
    public List<Institution> institutions() {
        return institutionsById;
    }

    /** The institutions that belong to this one directly, in id order. */
    public List<Institution> children(String id) {
        return children.getOrDefault(id, List.of());
    }

    /** This institution and every one below it. */
    public List<String> withDescendants(String id) {
        List<String> out = new ArrayList<>();
        for (Institution i : institutionsById) {
            if (selfAndAncestors.getOrDefault(i.id(), List.of()).contains(id)) {
                out.add(i.id());
            }
        }
        return out;
    }

    /** How many achievements each institution is linked to, its own and those of the institutions below it. */
    public long achievementCount(String institutionId) {
        return achievementIndex.achievementCount(institutionId);
    }

    /** Indicators by metric, then period. */
    public List<Indicator> indicators() {
        return indicators;
    }

    // ---- questions

    /** One page of the achievements a filter selects, in its order, and how many it selects. */
    public Page<Achievement> achievements(AchievementFilter f, Lang lang, int offset, int size) {
        LuceneIndex.Ranked r = achievementIndex.list(f, lang, offset, size);
        return new Page<>(IntStream.of(r.ords()).mapToObj(this::achievementAt).toList(), r.total());
    }

    /** Every achievement a filter selects, in its order. */
    public List<Achievement> allAchievements(AchievementFilter f, Lang lang) {
        return IntStream.of(achievementIndex.all(f, lang))
                .mapToObj(this::achievementAt)
                .toList();
    }

    /** Counts by dimension under a filter; each dimension counts with every constraint but its own. */
    public FacetCounts facets(AchievementFilter f) {
        AchievementIndex.Facets c = achievementIndex.facets(f);
        return new FacetCounts(c.total, c.category, c.sector, c.institution, c.milestone, c.year);
    }

    /** One page of the timeline: milestones of the matching achievements, in date order. */
    public Page<TimelineEntry> timeline(AchievementFilter f, boolean newestFirst, int offset, int size) {
        AchievementIndex.Timeline t = achievementIndex.timeline(f, newestFirst, offset, size);
        List<TimelineEntry> entries = new ArrayList<>();
        for (int k : t.milestones()) {
            entries.add(new TimelineEntry(
                    achievementAt(achievementIndex.milestoneOwner[k]), achievementIndex.milestones[k]));
        }
        return new Page<>(entries, t.total());
    }

    /** Institutions of a type (any if null) matching a text (any if null): by relevance with a text, else by id. */
    public Page<Institution> institutions(String type, String q, int offset, int size) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
        if (type != null) {
            b.add(LuceneIndex.term(INSTITUTION_TYPE, type), BooleanClause.Occur.FILTER);
        }
        LuceneIndex.Ranked r;
        if (q != null) {
            QueryText text = QueryText.parse(q);
            if (text.isEmpty()) {
                return new Page<>(List.of(), 0);
            }
            r = rankInstitutions(b, TextQuery.of(text), offset + size);
            TextQuery corrected = r.total() == 0 ? Typos.correct(text, List.of(institutionIndex)) : null;
            if (corrected != null) {
                r = rankInstitutions(b, corrected, offset + size);
            }
        } else {
            r = institutionIndex.top(
                    b.build(), new Sort(new SortField(LuceneIndex.ORD, SortField.Type.INT)), offset + size);
        }
        int from = Math.min(offset, r.ords().length);
        List<Institution> items = new ArrayList<>();
        for (int i = from; i < r.ords().length; i++) {
            items.add(institutionsById.get(r.ords()[i]));
        }
        return new Page<>(items, r.total());
    }

    private LuceneIndex.Ranked rankInstitutions(BooleanQuery.Builder filters, TextQuery tq, int n) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(filters.build(), BooleanClause.Occur.FILTER);
        b.add(tq.scoring(), BooleanClause.Occur.MUST);
        return institutionIndex.top(b.build(), null, n);
    }

    /** Indicators of the given metrics (any if empty) whose period overlaps [from, to]. */
    public List<Indicator> indicators(List<String> metrics, PartialDate from, PartialDate to) {
        List<Indicator> out = new ArrayList<>();
        for (Indicator i : indicators) {
            Period p = Period.parse(i.period());
            if ((metrics.isEmpty() || metrics.contains(i.metric()))
                    && (to == null || !p.start().isAfter(to.end()))
                    && (from == null || !p.end().isBefore(from.start()))) {
                out.add(i);
            }
        }
        return out;
    }

    /** One box across the kinds of record: the best matches first. */
    public Page<Hit> search(String q, Set<Hit.Kind> kinds, int offset, int size) {
        return Search.search(this, q, kinds, offset, size);
    }

    AchievementIndex achievementIndex() {
        return achievementIndex;
    }

    LuceneIndex institutionIndex() {
        return institutionIndex;
    }

    LuceneIndex indicatorIndex() {
        return indicatorIndex;
    }

    /**
     * Something a feature derives from this release once (its representations, say), computed on first use and kept
     * as long as the release is served.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, Function<Catalogue, T> derivation) {
        return (T) derived.computeIfAbsent(key, k -> derivation.apply(this));
    }

    /** One page of results and how many there are in all. */
    public record Page<T>(List<T> items, long total) {}

    /** A milestone with the achievement it belongs to. */
    public record TimelineEntry(Achievement achievement, Achievement.Milestone milestone) {}

    /** Facet counts by value, per dimension. */
    public record FacetCounts(
            long total,
            Map<String, Long> category,
            Map<String, Long> sector,
            Map<String, Long> institution,
            Map<String, Long> milestone,
            Map<String, Long> year) {}
}
