package cn.shanghai.achievements.vocabulary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Queries over the vocabulary tables. */
@ApplicationScoped
public class VocabularyRepository {

    @Inject
    EntityManager em;

    public List<Sector> sectors() {
        return em.createQuery("from Sector order by position", Sector.class).getResultList();
    }

    public List<Category> categories() {
        return em.createQuery("from Category c join fetch c.sector order by c.position", Category.class)
                .getResultList();
    }

    public List<MilestoneType> milestoneTypes() {
        return em.createQuery("from MilestoneType order by position", MilestoneType.class)
                .getResultList();
    }

    /** How many achievements each category holds. */
    public Map<String, Long> achievementCountsByCategory() {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select a.category.id, count(a) from Achievement a group by a.category.id", Object[].class)
                .getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    public void save(Object entity) {
        em.merge(entity);
    }

    public void flush() {
        em.flush();
    }

    public Sector sectorReference(String id) {
        return em.getReference(Sector.class, id);
    }
}
