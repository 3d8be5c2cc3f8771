package cn.shanghai.achievements.achievement;

import cn.shanghai.achievements.common.CitationDraft;
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
import java.util.List;
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

    /** Parses and checks the list parameters against the vocabulary; bad ones become one 400 problem. */
    @Transactional
    public AchievementFilter filter(String q, List<String> category, List<String> sector, List<String> institution,
                                    List<String> milestone, String year, String from, String to, String sort) {
        AchievementFilter filter = AchievementFilter.parse(q, category, sector, institution, milestone, year, from, to, sort,
                new AchievementFilter.Known(vocabulary.categoryIds(), vocabulary.sectorIds(), vocabulary.milestoneTypeIds()));
        for (String id : filter.institutions()) {
            if (!institutions.exists(id)) {
                throw ProblemException.invalid("institution", "no institution has the id '" + id + "'; see /api/v1/institutions");
            }
        }
        // an institution stands for itself and everything that belongs to it
        return filter.institutions().isEmpty() ? filter : filter.withInstitutions(institutions.withDescendants(filter.institutions()));
    }

    @Transactional
    public PageView<AchievementViews.Summary> list(AchievementFilter filter, PageRequest page) {
        if (filter.sort() == AchievementFilter.Sort.RELEVANCE) {
            List<String> ranked = search.achievementsByRelevance(filter.q(), repository.ids(filter));
            List<String> slice = ranked.subList(Math.min(page.offset(), ranked.size()), Math.min(page.offset() + page.size(), ranked.size()));
            return PageView.of(repository.load(slice), AchievementViews.Summary::from, page, ranked.size());
        }
        long total = repository.count(filter);
        List<Achievement> items = page.offset() < total ? repository.page(filter, page) : List.of();
        return PageView.of(items, AchievementViews.Summary::from, page, total);
    }

    @Transactional
    public AchievementViews.Detail get(String id) {
        return repository.detail(id).map(AchievementViews.Detail::from)
                .orElseThrow(() -> ProblemException.notFound("achievement", id));
    }

    /** The achievements of one institution and of those that belong to it. */
    @Transactional
    public PageView<AchievementViews.Summary> ofInstitution(String institutionId, AchievementFilter filter, PageRequest page) {
        institutions.require(institutionId);
        return list(filter.withInstitutions(institutions.withDescendants(List.of(institutionId))), page);
    }

    @Transactional
    public long count() {
        return repository.count();
    }

    /** Writes one achievement from the seed, replacing its links and milestones; runs inside the loader's transaction. */
    public void save(AchievementDraft draft) {
        EntityManager em = repository.getEntityManager();
        Achievement a = repository.findById(draft.id());
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
        a.sortName = draft.name().en().toLowerCase(java.util.Locale.ROOT);

        int position = 0;
        for (AchievementDraft.LinkDraft l : draft.institutions() == null ? List.<AchievementDraft.LinkDraft>of() : draft.institutions()) {
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
        a.firstDate = a.milestones.stream().map(x -> x.startDate).min(java.util.Comparator.naturalOrder()).orElseThrow();
        a.lastDate = a.milestones.stream().map(x -> x.startDate).max(java.util.Comparator.naturalOrder()).orElseThrow();
        List<String> institutionNames = a.institutions.stream()
                .flatMap(l -> Stream.concat(Stream.of(l.institution.name.getZhHans(), l.institution.name.getZhHant(), l.institution.name.getEn()),
                        l.institution.aliases.stream()))
                .toList();
        a.searchText = SearchText.key(Stream.of(
                Stream.of(draft.name().zhHans(), draft.name().zhHant(), draft.name().en(), draft.id()),
                aliases.stream(),
                Stream.of(draft.summary().zhHans(), draft.summary().zhHant(), draft.summary().en()),
                institutionNames.stream()).flatMap(x -> x));
        String ownNames = SearchText.squashKey(
                Stream.concat(Stream.of(draft.name().zhHans(), draft.name().zhHant(), draft.name().en()), aliases.stream()));
        String institutionKeys = institutionNames.stream().map(SearchText::squash).filter(x -> !x.isEmpty()).distinct()
                .collect(java.util.stream.Collectors.joining("\n"));
        a.searchSquash = institutionKeys.isEmpty() ? ownNames : ownNames + "\n" + institutionKeys;
        if (created) {
            repository.persist(a);
        }
    }

    public List<String> allIds() {
        return repository.allIds();
    }

    public void delete(String id) {
        repository.findByIdOptional(id).ifPresent(repository::delete);
    }
}
