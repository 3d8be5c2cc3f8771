package cn.shanghai.achievements.indicator;

import cn.shanghai.achievements.common.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Queries over indicators. */
@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, String> {

    public List<Indicator> page(List<String> metrics, LocalDate from, LocalDate to, PageRequest page) {
        Where w = where(metrics, from, to);
        return find(w.jpql + " order by metric, periodStart, periodEnd, id", w.params)
                .page(page.page() - 1, page.size())
                .list();
    }

    public long count(List<String> metrics, LocalDate from, LocalDate to) {
        Where w = where(metrics, from, to);
        return count(w.jpql, w.params);
    }

    public List<String> metrics() {
        return getEntityManager()
                .createQuery("select distinct i.metric from Indicator i order by i.metric", String.class)
                .getResultList();
    }

    private record Where(String jpql, Parameters params) {}

    private static Where where(List<String> metrics, LocalDate from, LocalDate to) {
        List<String> clauses = new ArrayList<>();
        Parameters params = new Parameters();
        if (!metrics.isEmpty()) {
            clauses.add("metric in :metrics");
            params.and("metrics", metrics);
        }
        if (to != null) {
            clauses.add("periodStart <= :to");
            params.and("to", to);
        }
        if (from != null) {
            clauses.add("periodEnd >= :from");
            params.and("from", from);
        }
        return new Where(clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses), params);
    }
}
