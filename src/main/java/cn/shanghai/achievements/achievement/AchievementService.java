package cn.shanghai.achievements.achievement;

import cn.shanghai.achievements.common.CitationDraft;
import cn.shanghai.achievements.common.Lang;
import cn.shanghai.achievements.common.Localized;
import cn.shanghai.achievements.common.LocalizedText;
import cn.shanghai.achievements.common.PageRequest;
import cn.shanghai.achievements.common.PageView;
import cn.shanghai.achievements.common.PartialDate;
import cn.shanghai.achievements.common.ProblemException;
import cn.shanghai.achievements.common.SearchText;
import cn.shanghai.achievements.institution.Institution;
import cn.shanghai.achievements.institution.InstitutionService;
import cn.shanghai.achievements.search.SearchService;
import cn.shanghai.achievements.vocabulary.Category;
import cn.shanghai.achievements.vocabulary.MilestoneType;
import cn.shanghai.achievements.vocabulary.Sector;
import cn.shanghai.achievements.vocabulary.VocabularyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Achievements: the filtered lists and details the API serves, and the writes the seed makes. */
@ApplicationScoped
public class AchievementService {

    @Inject
    AchievementRepository repository;

    @Inject
    InstitutionService institutions;

    @Inject
    VocabularyService vocabulary;

    @Inject
    SearchService search;

    @Inject
    FacetIndex facetIndex;

    /** Parses and checks the list parameters against the vocabulary; bad ones become one 400 problem. */
    @Transactional
    public AchievementFilter filter(
            String q,
            List<String> category,
            List<String> sector,
            List<String> institution,
            List<String> milestone,
            String year,
            String from,
            String to,
            String sort) {
        AchievementFilter filter = AchievementFilter.parse(
                q,
                category,
                sector,
                institution,
                milestone,
                year,
                from,
                to,
                sort,
                new AchievementFilter.Known(
                        vocabulary.categoryIds(), vocabulary.sectorIds(), vocabulary.milestoneTypeIds()));
        for (String id : filter.institutions()) {
            if (!institutions.exists(id)) {
                throw ProblemException.invalid(
                        "institution", "no institution has the id '" + id + "'; see /api/v1/institutions");
            }
        }
        // an institution stands for itself and everything that belongs to it
        return filter.institutions().isEmpty()
                ? filter
                : filter.withInstitutions(institutions.withDescendants(filter.institutions()));
    }

    @Transactional
    public PageView<AchievementViews.Summary> list(AchievementFilter filter, PageRequest page, Lang lang) {
        if (filter.sort() == AchievementFilter.Sort.RELEVANCE) {
            List<String> ranked = search.achievementsByRelevance(filter.q(), repository.ids(filter));
            List<String> slice = page.slice(ranked);
            return PageView.of(
                    repository.load(slice), a -> AchievementViews.Summary.from(a, lang), page, ranked.size());
        }
        long total = repository.count(filter);
        List<Achievement> items = page.offset() < total ? repository.page(filter, page) : List.of();
        return PageView.of(items, a -> AchievementViews.Summary.from(a, lang), page, total);
    }

    @Transactional
    public AchievementViews.Detail get(String id, Lang lang) {
        return repository
                .detail(id)
                .map(a -> AchievementViews.Detail.from(a, lang))
                .orElseThrow(() -> ProblemException.notFound("achievement", id));
    }

    /** The achievements of one institution and of those that belong to it. */
    @Transactional
    public PageView<AchievementViews.Summary> ofInstitution(
            String institutionId, AchievementFilter filter, PageRequest page, Lang lang) {
        institutions.require(institutionId);
        return list(filter.withInstitutions(institutions.withDescendants(List.of(institutionId))), page, lang);
    }

    /** Counts by category, sector, year, institution and milestone type within the filter. */
    @Transactional
    public AchievementFacets facets(AchievementFilter filter, Lang lang) {
        // names in vocabulary order, read once: the buckets sort by their position here
        Map<String, Localized> categoryNames = new LinkedHashMap<>();
        vocabulary.categoryTerms().forEach(c -> categoryNames.put(c.id(), c.name()));
        Map<String, Localized> sectorNames = new LinkedHashMap<>();
        vocabulary.sectors().forEach(t -> sectorNames.put(t.id(), t.name()));
        Map<String, Localized> typeNames = new LinkedHashMap<>();
        vocabulary.milestoneTypes().forEach(t -> typeNames.put(t.id(), t.name()));

        FacetIndex.Counts counts = facetIndex.count(filter);
        List<AchievementFacets.Bucket> category =
                buckets(counts.category(), categoryNames, lang, inOrderOf(categoryNames));
        List<AchievementFacets.Bucket> sector = buckets(counts.sector(), sectorNames, lang, inOrderOf(sectorNames));
        List<AchievementFacets.Bucket> milestone = buckets(counts.milestone(), typeNames, lang, inOrderOf(typeNames));
        List<AchievementFacets.Bucket> year =
                buckets(counts.year(), Map.of(), lang, Comparator.comparing(AchievementFacets.Bucket::id));
        // the most frequent institutions only: names are read for those that are shown
        Map<String, Long> byInstitution = new LinkedHashMap<>();
        rollUp(counts).entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(FACET_INSTITUTIONS)
                .forEach(e -> byInstitution.put(e.getKey(), e.getValue()));
        Map<String, Localized> institutionNames = institutions.names(List.copyOf(byInstitution.keySet()));
        List<AchievementFacets.Bucket> institution = buckets(
                byInstitution,
                institutionNames,
                lang,
                Comparator.comparing(AchievementFacets.Bucket::count)
                        .reversed()
                        .thenComparing(AchievementFacets.Bucket::id));
        return new AchievementFacets(counts.total(), category, sector, year, institution, milestone);
    }

    static final int FACET_INSTITUTIONS = 50;

    /**
     * Counts each achievement for its institution and every institution above it, as the institution filter does:
     * direct counts, and for each institution with children the matches linked to it or anything below it.
     */
    private Map<String, Long> rollUp(FacetIndex.Counts counts) {
        Map<String, String> parents = institutions.parents();
        Map<String, Set<String>> descendants = new HashMap<>();
        for (String child : parents.keySet()) {
            Set<String> seen = new HashSet<>();
            for (String p = parents.get(child); p != null && seen.add(p); p = parents.get(p)) {
                descendants.computeIfAbsent(p, k -> new HashSet<>(Set.of(k))).add(child);
            }
        }
        Map<String, Long> rolled = new HashMap<>(counts.institution());
        for (Map.Entry<String, Set<String>> e : descendants.entrySet()) {
            long n = counts.linkedToAny(e.getValue());
            if (n > 0) {
                rolled.put(e.getKey(), n);
            }
        }
        return rolled;
    }

    /** Orders buckets as the keys of the given (insertion-ordered) map; unknown values last. */
    private static Comparator<AchievementFacets.Bucket> inOrderOf(Map<String, Localized> ordered) {
        List<String> keys = List.copyOf(ordered.keySet());
        return Comparator.comparingInt(b -> {
            int i = keys.indexOf(b.id());
            return i < 0 ? Integer.MAX_VALUE : i;
        });
    }

    private static List<AchievementFacets.Bucket> buckets(
            Map<String, Long> counts,
            Map<String, Localized> names,
            Lang lang,
            Comparator<AchievementFacets.Bucket> order) {
        return counts.entrySet().stream()
                .map(e -> {
                    Localized name = names.get(e.getKey());
                    return new AchievementFacets.Bucket(
                            e.getKey(), name, name == null ? null : lang.pick(name), e.getValue());
                })
                .sorted(order)
                .toList();
    }

    /** One page of the timeline: the filter's milestones in date order, grouped by year. */
    @Transactional
    public TimelineViews.Page timeline(AchievementFilter filter, boolean newestFirst, PageRequest page, Lang lang) {
        long total = repository.countTimeline(filter);
        List<Milestone> milestones = page.offset() < total
                ? repository.timeline(filter, newestFirst, page.offset(), page.size())
                : List.of();
        LinkedHashMap<Integer, List<TimelineViews.Entry>> byYear = new LinkedHashMap<>();
        for (Milestone m : milestones) {
            byYear.computeIfAbsent(m.startDate.getYear(), y -> new ArrayList<>())
                    .add(TimelineViews.Entry.from(m, lang));
        }
        List<TimelineViews.Year> years = byYear.entrySet().stream()
                .map(e -> new TimelineViews.Year(e.getKey(), e.getValue()))
                .toList();
        return new TimelineViews.Page(years, page.page(), page.size(), total);
    }

    /** Every matching id in the list's order, for exports. */
    @Transactional
    public List<String> exportIds(AchievementFilter filter) {
        if (filter.sort() == AchievementFilter.Sort.RELEVANCE) {
            return search.achievementsByRelevance(filter.q(), repository.ids(filter));
        }
        return repository.orderedIds(filter);
    }

    /** Full details of the given achievements, in the given order, for exports. */
    @Transactional
    public List<AchievementViews.Detail> details(List<String> ids, Lang lang) {
        return repository.load(ids).stream()
                .map(a -> AchievementViews.Detail.from(a, lang))
                .toList();
    }

    /** The given achievements' CSV lines, in the given order, for exports. */
    @Transactional
    public List<String> csvLines(List<String> ids) {
        return repository.csvLines(ids);
    }

    /** Writes one achievement from the seed, replacing its links and milestones; runs inside the loader's transaction. */
    /**
     * Writes one achievement from the seed. {@code mayExist} false skips the lookup of a record known to be new;
     * {@code institutionNames} (id to names and aliases), when given, spares reading linked institutions back.
     */
    public void save(AchievementDraft draft, boolean mayExist, Map<String, List<String>> institutionNames) {
        EntityManager em = repository.getEntityManager();
        Achievement a = mayExist ? repository.findById(draft.id()) : null;
        boolean created = a == null;
        if (created) {
            a = new Achievement();
            a.id = draft.id();
        } else {
            a.institutions.clear();
            a.milestones.clear();
            a.aliases.clear();
            em.flush();
        }
        List<String> aliases = draft.aliases() == null ? List.of() : draft.aliases();
        a.category = em.getReference(Category.class, draft.category());
        a.sector = em.getReference(Sector.class, draft.sector());
        a.name = LocalizedText.of(draft.name());
        a.summary = LocalizedText.of(draft.summary());
        a.aliases.addAll(aliases);
        a.sortName = draft.name().en().toLowerCase(Locale.ROOT);

        int position = 0;
        for (AchievementDraft.LinkDraft l :
                draft.institutions() == null ? List.<AchievementDraft.LinkDraft>of() : draft.institutions()) {
            AchievementInstitution link = new AchievementInstitution();
            link.achievement = a;
            link.institution = em.getReference(Institution.class, l.id());
            link.role = l.role();
            link.position = position++;
            l.citations().stream().map(CitationDraft::toCitation).forEach(link.citations::add);
            a.institutions.add(link);
        }
        position = 0;
        for (AchievementDraft.MilestoneDraft m : draft.milestones()) {
            PartialDate date = PartialDate.parse(m.date());
            Milestone milestone = new Milestone();
            milestone.achievement = a;
            milestone.type = em.getReference(MilestoneType.class, m.type());
            milestone.date = date.text();
            milestone.precision = date.precision().name();
            milestone.dateBasis = m.dateBasis();
            milestone.startDate = date.start();
            milestone.endDate = date.end();
            milestone.position = position++;
            m.citations().stream().map(CitationDraft::toCitation).forEach(milestone.citations::add);
            a.milestones.add(milestone);
        }
        a.firstDate = a.milestones.stream()
                .map(x -> x.startDate)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        a.lastDate = a.milestones.stream()
                .map(x -> x.startDate)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        List<String> linkedNames = institutionNames != null
                ? draft.institutions() == null
                        ? List.of()
                        : draft.institutions().stream()
                                .flatMap(l -> institutionNames.getOrDefault(l.id(), List.of()).stream())
                                .toList()
                : a.institutions.stream()
                        .flatMap(l -> Stream.concat(
                                Stream.of(
                                        l.institution.name.getZhHans(),
                                        l.institution.name.getZhHant(),
                                        l.institution.name.getEn()),
                                l.institution.aliases.stream()))
                        .toList();
        a.searchText = SearchText.key(Stream.of(
                        Stream.of(
                                draft.name().zhHans(),
                                draft.name().zhHant(),
                                draft.name().en(),
                                draft.id()),
                        aliases.stream(),
                        Stream.of(
                                draft.summary().zhHans(),
                                draft.summary().zhHant(),
                                draft.summary().en()),
                        linkedNames.stream())
                .flatMap(x -> x));
        String ownNames = SearchText.squashKey(Stream.concat(
                Stream.of(
                        draft.name().zhHans(),
                        draft.name().zhHant(),
                        draft.name().en()),
                aliases.stream()));
        String institutionKeys = linkedNames.stream()
                .map(SearchText::squash)
                .filter(x -> !x.isEmpty())
                .distinct()
                .collect(Collectors.joining("\n"));
        a.searchSquash = institutionKeys.isEmpty() ? ownNames : ownNames + "\n" + institutionKeys;
        if (created) {
            repository.persist(a);
        }
        String csv = AchievementExport.csvLine(draft);
        ExportLine line = created ? null : em.find(ExportLine.class, a.id);
        if (line == null) {
            line = new ExportLine();
            line.achievementId = a.id;
            line.csv = csv;
            em.persist(line);
        } else {
            line.csv = csv;
        }
    }

    public List<String> allIds() {
        return repository.allIds();
    }

    /** Writes what is pending and empties the persistence context, so that a large seed loads in bounded memory. */
    public void flushAndClear() {
        repository.getEntityManager().flush();
        repository.getEntityManager().clear();
    }

    public void delete(String id) {
        repository.findByIdOptional(id).ifPresent(a -> {
            ExportLine line = repository.getEntityManager().find(ExportLine.class, id);
            if (line != null) {
                repository.getEntityManager().remove(line);
            }
            repository.delete(a);
        });
    }
}
