package cn.shanghai.achievements.institution;

import cn.shanghai.achievements.common.Lang;
import cn.shanghai.achievements.common.Localized;
import cn.shanghai.achievements.common.LocalizedText;
import cn.shanghai.achievements.common.PageRequest;
import cn.shanghai.achievements.common.PageView;
import cn.shanghai.achievements.common.ProblemException;
import cn.shanghai.achievements.common.SearchText;
import cn.shanghai.achievements.search.SearchService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Institutions: lookups for the API and writes for the seed. */
@ApplicationScoped
public class InstitutionService {

    @Inject
    InstitutionRepository repository;

    @Inject
    SearchService search;

    @Transactional
    public PageView<InstitutionView> list(String type, String q, PageRequest page, Lang lang) {
        Map<String, Long> counts = repository.achievementCounts();
        if (q != null) {
            // a text query lists the best matches first
            List<String> ranked = search.institutionsByRelevance(q, repository.ids(type, q));
            List<String> slice = page.slice(ranked);
            return PageView.of(
                    repository.load(slice),
                    i -> InstitutionView.summary(i, counts.getOrDefault(i.id, 0L), lang),
                    page,
                    ranked.size());
        }
        List<Institution> items = repository.page(type, null, page);
        return PageView.of(
                items,
                i -> InstitutionView.summary(i, counts.getOrDefault(i.id, 0L), lang),
                page,
                repository.count(type, (String) null));
    }

    @Transactional
    public InstitutionView get(String id, Lang lang) {
        Institution i = require(id);
        return InstitutionView.detail(
                i, repository.children(id), repository.achievementCounts().getOrDefault(id, 0L), lang);
    }

    /** Every institution's parent, by id (institutions without a parent are absent). */
    @Transactional
    public Map<String, String> parents() {
        Map<String, String> out = new HashMap<>();
        for (Object[] r : repository
                .getEntityManager()
                .createQuery("select i.id, i.parent.id from Institution i where i.parent is not null", Object[].class)
                .getResultList()) {
            out.put((String) r[0], (String) r[1]);
        }
        return out;
    }

    /** The names of the given institutions. */
    @Transactional
    public Map<String, Localized> names(Collection<String> ids) {
        Map<String, Localized> out = new HashMap<>();
        if (!ids.isEmpty()) {
            repository.list("id in ?1", List.copyOf(ids)).forEach(i -> out.put(i.id, Localized.of(i.name)));
        }
        return out;
    }

    /** The institution, or a 404 problem. */
    @Transactional
    public Institution require(String id) {
        return repository.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("institution", id));
    }

    @Transactional
    public boolean exists(String id) {
        return repository.findByIdOptional(id).isPresent();
    }

    /** The given institutions and every one below them, for filters that include subsidiaries. */
    @Transactional
    public List<String> withDescendants(List<String> ids) {
        return repository.withDescendants(ids);
    }

    /** Writes one institution from the seed (parent set later, once all exist); runs inside the loader's transaction. */
    public Institution save(InstitutionDraft draft) {
        Institution found = repository.findById(draft.id());
        Institution i = found == null ? new Institution() : found;
        i.id = draft.id();
        Localized name = draft.name();
        List<String> aliases = draft.aliases() == null ? List.of() : draft.aliases();
        i.type = draft.type();
        i.name = LocalizedText.of(name);
        i.aliases.clear();
        i.aliases.addAll(aliases);
        i.searchText = SearchText.key(
                Stream.concat(Stream.of(name.zhHans(), name.zhHant(), name.en(), draft.id()), aliases.stream()));
        i.searchSquash = SearchText.squashKey(
                Stream.concat(Stream.of(name.zhHans(), name.zhHant(), name.en()), aliases.stream()));
        if (found == null) {
            repository.persist(i);
        }
        return i;
    }

    public void setParent(String id, String parentId) {
        Institution i = repository.findById(id);
        i.parent = parentId == null ? null : repository.findById(parentId);
    }

    public List<String> allIds() {
        return new ArrayList<>(repository
                .getEntityManager()
                .createQuery("select i.id from Institution i", String.class)
                .getResultList());
    }

    public void delete(String id) {
        repository.deleteById(id);
    }
}
