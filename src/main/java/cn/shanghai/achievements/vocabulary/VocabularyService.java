package cn.shanghai.achievements.vocabulary;

import cn.shanghai.achievements.catalogue.Catalogue;
import cn.shanghai.achievements.catalogue.Catalogues;
import cn.shanghai.achievements.common.ApiPaths;
import cn.shanghai.achievements.model.Achievement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The vocabulary of the release being served. */
@ApplicationScoped
public class VocabularyService {

    @Inject
    Catalogues catalogues;

    /** The categories in vocabulary order, with how many achievements each holds. */
    public List<CategoryView> categories() {
        Catalogue c = catalogues.current();
        Map<String, Long> counts = new HashMap<>();
        for (Achievement a : c.achievements()) {
            counts.merge(a.category(), 1L, Long::sum);
        }
        return c.categories().values().stream()
                .map(t -> CategoryView.from(t, counts.getOrDefault(t.id(), 0L)))
                .toList();
    }

    /** The sectors in vocabulary order, with how many achievements each holds. */
    public List<TermView> sectors() {
        Catalogue c = catalogues.current();
        Map<String, Long> counts = new HashMap<>();
        for (Achievement a : c.achievements()) {
            counts.merge(a.sector(), 1L, Long::sum);
        }
        return c.sectors().values().stream()
                .map(t -> TermView.of(
                        t, counts.getOrDefault(t.id(), 0L), null, ApiPaths.BASE + "/achievements?sector=" + t.id()))
                .toList();
    }

    /** The milestone types in vocabulary order, with how many milestones and achievements have each. */
    public List<TermView> milestoneTypes() {
        Catalogue c = catalogues.current();
        Map<String, Long> milestones = new HashMap<>();
        Map<String, Long> achievements = new HashMap<>();
        for (Achievement a : c.achievements()) {
            Set<String> types = new HashSet<>();
            for (Achievement.Milestone m : a.milestones()) {
                milestones.merge(m.type(), 1L, Long::sum);
                types.add(m.type());
            }
            types.forEach(t -> achievements.merge(t, 1L, Long::sum));
        }
        return c.milestoneTypes().values().stream()
                .map(t -> TermView.of(
                        t,
                        achievements.getOrDefault(t.id(), 0L),
                        milestones.getOrDefault(t.id(), 0L),
                        ApiPaths.BASE + "/achievements?milestone=" + t.id()))
                .toList();
    }
}
