package cn.shanghai.achievements.achievement;

import cn.shanghai.achievements.common.PageRequest;
import cn.shanghai.achievements.common.SearchClause;
import cn.shanghai.achievements.common.SearchText;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Queries over achievements; every list filter becomes one indexed predicate. */
@ApplicationScoped
public class AchievementRepository implements PanacheRepositoryBase<Achievement, String> {

    /** One page of matches, in the filter's order (relevance is ordered by the search feature instead). */
    public List<Achievement> page(AchievementFilter filter, PageRequest page) {
        Where where = where(filter);
        TypedQuery<String> ids = getEntityManager()
                .createQuery(
                        "select a.id from Achievement a where " + where.jpql + " order by " + order(filter),
                        String.class);
        where.params.forEach(ids::setParameter);
        return load(ids.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList());
    }

    /** Every matching id, in the filter's order (not relevance), for exports. */
    public List<String> orderedIds(AchievementFilter filter) {
        Where where = where(filter);
        // an export's bulk read of the whole catalogue, allowed longer than a request's query
        TypedQuery<String> ids = getEntityManager()
                .createQuery(
                        "select a.id from Achievement a where " + where.jpql + " order by " + order(filter),
                        String.class)
                .setHint("jakarta.persistence.query.timeout", 60_000);
        where.params.forEach(ids::setParameter);
        return ids.getResultList();
    }

    /** Every matching id, unordered. */
    public List<String> ids(AchievementFilter filter) {
        Where where = where(filter);
        TypedQuery<String> ids =
                getEntityManager().createQuery("select a.id from Achievement a where " + where.jpql, String.class);
        where.params.forEach(ids::setParameter);
        return ids.getResultList();
    }

    public long count(AchievementFilter filter) {
        Where where = where(filter);
        TypedQuery<Long> q =
                getEntityManager().createQuery("select count(a) from Achievement a where " + where.jpql, Long.class);
        where.params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    /** One achievement with everything its detail shows, in a fixed number of queries. */
    public Optional<Achievement> detail(String id) {
        List<Achievement> found = load(List.of(id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Loads the given achievements with their names, links and milestones, keeping the given order. */
    public List<Achievement> load(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Achievement> rows = getEntityManager()
                .createQuery("""
                select distinct a from Achievement a
                join fetch a.category join fetch a.sector
                left join fetch a.milestones m left join fetch m.type
                where a.id in :ids""", Achievement.class)
                .setParameter("ids", ids)
                .getResultList();
        getEntityManager()
                .createQuery("""
                select distinct a from Achievement a
                left join fetch a.institutions l left join fetch l.institution
                where a.id in :ids""", Achievement.class)
                .setParameter("ids", ids)
                .getResultList();
        Map<String, Achievement> byId = new HashMap<>();
        rows.forEach(a -> byId.put(a.id, a));
        return inOrderOf(ids, byId);
    }

    /** The CSV export lines of the given achievements, in the given order: one column a record, no entities. */
    public List<String> csvLines(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, String> lines = new HashMap<>();
        for (Object[] r : getEntityManager()
                .createQuery(
                        "select e.achievementId, e.csv from ExportLine e where e.achievementId in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()) {
            lines.put((String) r[0], (String) r[1]);
        }
        return inOrderOf(ids, lines);
    }

    /** The values of the given ids, in the ids' order; ids without a value are left out. */
    private static <T> List<T> inOrderOf(List<String> ids, Map<String, T> byId) {
        List<T> ordered = new ArrayList<>(ids.size());
        for (String id : ids) {
            T value = byId.get(id);
            if (value != null) {
                ordered.add(value);
            }
        }
        return ordered;
    }

    /** Every achievement's id, category and sector, streamed, for the facet index. */
    public Stream<Object[]> facetRows() {
        return whole("select a.id, a.category.id, a.sector.id from Achievement a");
    }

    /** Every link's achievement and institution, streamed, for the facet index. */
    public Stream<Object[]> facetLinks() {
        return whole("select l.achievement.id, l.institution.id from AchievementInstitution l");
    }

    /** Every milestone's achievement, type and dates, streamed, for the facet index. */
    public Stream<Object[]> facetMilestones() {
        return whole("select m.achievement.id, m.type.id, m.startDate, m.endDate from Milestone m");
    }

    /** A read of a whole table: streamed in batches, and allowed longer than a request's query. */
    private Stream<Object[]> whole(String jpql) {
        return getEntityManager()
                .createQuery(jpql, Object[].class)
                .setHint("org.hibernate.fetchSize", 2000)
                .setHint("jakarta.persistence.query.timeout", 120_000)
                .getResultStream();
    }

    private record Where(String jpql, Map<String, Object> params) {}

    private static Where where(AchievementFilter f) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (!f.categories().isEmpty()) {
            clauses.add("a.category.id in :categories");
            params.put("categories", f.categories());
        }
        if (!f.sectors().isEmpty()) {
            clauses.add("a.sector.id in :sectors");
            params.put("sectors", f.sectors());
        }
        if (!f.institutions().isEmpty()) {
            clauses.add(
                    "exists (select 1 from AchievementInstitution l where l.achievement = a and l.institution.id in :institutions)");
            params.put("institutions", f.institutions());
        }
        if (f.hasMilestoneConstraint()) {
            List<String> m = new ArrayList<>();
            if (!f.milestoneTypes().isEmpty()) {
                m.add("m.type.id in :types");
                params.put("types", f.milestoneTypes());
            }
            if (f.to() != null) {
                m.add("m.startDate <= :to");
                params.put("to", f.to());
            }
            if (f.from() != null) {
                m.add("m.endDate >= :from");
                params.put("from", f.from());
            }
            clauses.add(
                    "exists (select 1 from Milestone m where m.achievement = a and " + String.join(" and ", m) + ")");
        }
        if (f.q() != null) {
            clauses.add(SearchClause.jpql("a", SearchText.query(f.q()), params));
        }
        return new Where(clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses), params);
    }

    private static String order(AchievementFilter f) {
        return switch (f.sort()) {
            case DATE -> "a.firstDate asc, a.id asc";
            case DATE_DESC -> "a.lastDate desc, a.id asc";
            case NAME -> "a.sortName asc, a.id asc";
            case NAME_DESC -> "a.sortName desc, a.id desc";
            case RELEVANCE -> throw new IllegalStateException("relevance is ordered by the search feature");
        };
    }

    /** The milestones the filter selects, in precision-aware date order (a year before its months, a month before its days). */
    public List<Milestone> timeline(AchievementFilter filter, boolean newestFirst, int offset, int limit) {
        Where where = where(filter);
        String dir = newestFirst ? "desc" : "asc";
        TypedQuery<Milestone> q = getEntityManager()
                .createQuery(
                        "select ms from Milestone ms join fetch ms.achievement a join fetch ms.type where "
                                + where.jpql + milestoneConstraint(filter, "ms")
                                + " order by ms.startDate " + dir + ", length(ms.date) " + dir + ", a.id, ms.position",
                        Milestone.class);
        where.params.forEach(q::setParameter);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countTimeline(AchievementFilter filter) {
        Where where = where(filter);
        TypedQuery<Long> q = getEntityManager()
                .createQuery(
                        "select count(ms) from Milestone ms join ms.achievement a where " + where.jpql
                                + milestoneConstraint(filter, "ms"),
                        Long.class);
        where.params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    /** The filter's milestone type and date constraints on one milestone alias (their parameters are already bound by where()). */
    private static String milestoneConstraint(AchievementFilter f, String m) {
        StringBuilder b = new StringBuilder();
        if (!f.milestoneTypes().isEmpty()) {
            b.append(" and ").append(m).append(".type.id in :types");
        }
        if (f.to() != null) {
            b.append(" and ").append(m).append(".startDate <= :to");
        }
        if (f.from() != null) {
            b.append(" and ").append(m).append(".endDate >= :from");
        }
        return b.toString();
    }

    public List<String> allIds() {
        return getEntityManager()
                .createQuery("select a.id from Achievement a", String.class)
                .getResultList();
    }
}
