package cn.shanghai.achievements.source;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Queries over the source documents and what cites them. */
@ApplicationScoped
public class SourceRepository implements PanacheRepositoryBase<Source, String> {

    public List<Source> ordered() {
        return list("order by position");
    }

    /** The achievements a source supports, with how many of their facts cite it: [id, zh-Hans, zh-Hant, en, facts]. */
    public List<Object[]> supported(String sourceId) {
        List<Object[]> milestones = getEntityManager()
                .createQuery("""
                select a.id, a.name.zhHans, a.name.zhHant, a.name.en, count(c)
                from Achievement a join a.milestones m join m.citations c
                where c.sourceId = :id group by a.id, a.name.zhHans, a.name.zhHant, a.name.en""", Object[].class)
                .setParameter("id", sourceId)
                .getResultList();
        List<Object[]> links = getEntityManager()
                .createQuery("""
                select a.id, a.name.zhHans, a.name.zhHant, a.name.en, count(c)
                from Achievement a join a.institutions l join l.citations c
                where c.sourceId = :id group by a.id, a.name.zhHans, a.name.zhHant, a.name.en""", Object[].class)
                .setParameter("id", sourceId)
                .getResultList();
        Map<String, Object[]> merged = new TreeMap<>();
        for (Object[] row : milestones) {
            merged.put((String) row[0], new Object[] {row[0], row[1], row[2], row[3], row[4], 0L});
        }
        for (Object[] row : links) {
            merged.computeIfAbsent((String) row[0], k -> new Object[] {row[0], row[1], row[2], row[3], 0L, 0L})[5] =
                    row[4];
        }
        return List.copyOf(merged.values());
    }

    /** How many citations in all point at each source. */
    public Map<String, Long> citationCounts() {
        Map<String, Long> counts = new HashMap<>();
        for (String q : List.of(
                "select c.sourceId, count(c) from Milestone m join m.citations c group by c.sourceId",
                "select c.sourceId, count(c) from AchievementInstitution l join l.citations c group by c.sourceId")) {
            for (Object[] row :
                    getEntityManager().createQuery(q, Object[].class).getResultList()) {
                counts.merge((String) row[0], (Long) row[1], Long::sum);
            }
        }
        return counts;
    }
}
