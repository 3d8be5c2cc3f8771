package cn.shanghai.achievements.vocabulary;

import cn.shanghai.achievements.common.Localized;
import cn.shanghai.achievements.common.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The controlled vocabularies: sectors, categories and milestone types. */
@ApplicationScoped
public class VocabularyService {

    @Inject
    VocabularyRepository repository;

    @Transactional
    public List<CategoryView> categories() {
        Map<String, Long> counts = repository.achievementCountsByCategory();
        return repository.categories().stream()
                .map(c -> CategoryView.from(c, counts.getOrDefault(c.id, 0L)))
                .toList();
    }

    /** The categories' ids and names in vocabulary order, without counting their achievements. */
    @Transactional
    public List<TermView> categoryTerms() {
        return repository.categories().stream()
                .map(c -> new TermView(c.id, Localized.of(c.name)))
                .toList();
    }

    @Transactional
    public List<TermView> sectors() {
        return repository.sectors().stream()
                .map(s -> new TermView(s.id, Localized.of(s.name)))
                .toList();
    }

    @Transactional
    public List<TermView> milestoneTypes() {
        return repository.milestoneTypes().stream()
                .map(t -> new TermView(t.id, Localized.of(t.name)))
                .toList();
    }

    @Transactional
    public Set<String> categoryIds() {
        return repository.categories().stream().map(c -> c.id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Transactional
    public Set<String> sectorIds() {
        return repository.sectors().stream().map(s -> s.id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Transactional
    public Set<String> milestoneTypeIds() {
        return repository.milestoneTypes().stream().map(t -> t.id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Writes the vocabulary from the seed; runs inside the seed loader's transaction. */
    public void save(VocabularyDraft draft) {
        int position = 0;
        for (VocabularyDraft.Term t : draft.sectors()) {
            Sector s = new Sector();
            s.id = t.id();
            s.name = LocalizedText.of(t.name());
            s.position = position++;
            repository.save(s);
        }
        repository.flush();
        position = 0;
        for (VocabularyDraft.CategoryTerm t : draft.categories()) {
            Category c = new Category();
            c.id = t.id();
            c.sector = repository.sectorReference(t.sector());
            c.name = LocalizedText.of(t.name());
            c.position = position++;
            repository.save(c);
        }
        position = 0;
        for (VocabularyDraft.Term t : draft.milestoneTypes()) {
            MilestoneType m = new MilestoneType();
            m.id = t.id();
            m.name = LocalizedText.of(t.name());
            m.position = position++;
            repository.save(m);
        }
    }
}
