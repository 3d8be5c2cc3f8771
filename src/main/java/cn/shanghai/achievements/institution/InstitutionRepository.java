package cn.shanghai.achievements.institution;

import cn.shanghai.achievements.common.PageRequest;
import cn.shanghai.achievements.common.SearchClause;
import cn.shanghai.achievements.common.SearchText;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Queries over institutions. */
@ApplicationScoped
public class InstitutionRepository implements PanacheRepositoryBase<Institution, String> {

    public List<Institution> page(String type, String q, PageRequest page) {
        Query query = where(type, q);
        return find("from Institution i where " + query.jpql + " order by i.name.en, i.id", query.params)
                .page(page.page() - 1, page.size())
                .list();
    }

    public long count(String type, String q) {
        Query query = where(type, q);
        return count("from Institution i where " + query.jpql, query.params);
    }

    /** Every matching id, unordered. */
    public List<String> ids(String type, String q) {
        Query query = where(type, q);
        var typed = getEntityManager().createQuery("select i.id from Institution i where " + query.jpql, String.class);
        query.params.map().forEach(typed::setParameter);
        return typed.getResultList();
    }

    /** The given institutions, in the given order. */
    public List<Institution> load(List<String> ids) {
        Map<String, Institution> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            list("id in ?1", ids).forEach(i -> byId.put(i.id, i));
        }
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    public List<Institution> children(String id) {
        return list("parent.id = ?1 order by name.en", id);
    }

    /** Every institution below the given ones, the given ones included. */
    public List<String> withDescendants(List<String> ids) {
        List<String> all = new ArrayList<>(ids);
        List<String> frontier = ids;
        for (int depth = 0; depth < 10 && !frontier.isEmpty(); depth++) {
            frontier = getEntityManager()
                    .createQuery("select i.id from Institution i where i.parent.id in :ids", String.class)
                    .setParameter("ids", frontier)
                    .getResultList()
                    .stream()
                    .filter(x -> !all.contains(x))
                    .toList();
            all.addAll(frontier);
        }
        return all;
    }

    /** How many achievements each institution is linked to. */
    public Map<String, Long> achievementCounts() {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : getEntityManager()
                .createQuery(
                        "select l.institution.id, count(distinct l.achievement.id) from AchievementInstitution l group by l.institution.id",
                        Object[].class)
                .getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    private record Query(String jpql, Parameters params) {}

    private static Query where(String type, String q) {
        List<String> clauses = new ArrayList<>();
        Parameters params = new Parameters();
        if (type != null) {
            clauses.add("i.type = :type");
            params.and("type", type);
        }
        if (q != null) {
            Map<String, Object> search = new HashMap<>();
            clauses.add(SearchClause.jpql("i", SearchText.query(q), search));
            search.forEach(params::and);
        }
        return new Query(clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses), params);
    }
}
