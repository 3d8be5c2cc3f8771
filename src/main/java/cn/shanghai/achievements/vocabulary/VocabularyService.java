package cn.shanghai.achievements.vocabulary;

import cn.shanghai.achievements.catalogue.Catalogue;
import cn.shanghai.achievements.catalogue.Catalogues;
import cn.shanghai.achievements.model.Achievement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
}
