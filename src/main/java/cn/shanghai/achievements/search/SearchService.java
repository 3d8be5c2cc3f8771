package cn.shanghai.achievements.search;

import cn.shanghai.achievements.common.PageRequest;
import cn.shanghai.achievements.common.PageView;
import cn.shanghai.achievements.common.SearchClause;
import cn.shanghai.achievements.common.SearchText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One search box across achievements and institutions, ranked and explained; and relevance order for lists. */
@ApplicationScoped
public class SearchService {

    @Inject
    SearchIndex index;

    @Inject
    EntityManager em;

    private record Ranked(SearchEntry entry, Ranker.Match match) {}

    private static final Comparator<Ranked> ORDER = Comparator.comparingInt(
                    (Ranked r) -> r.match().level())
            .thenComparingInt(r -> r.match().field() == null
                    ? Integer.MAX_VALUE
                    : r.match().field().text().length())
            .thenComparing(r -> r.entry().kind())
            .thenComparing(r -> r.entry().id());

    @Transactional
    public PageView<SearchHitView> search(
            String q, String kind, PageRequest page, cn.shanghai.achievements.common.Lang lang) {
        SearchText.Query query = SearchText.query(q);
        List<Ranked> ranked = new ArrayList<>();
        if (kind == null || kind.equals("achievement")) {
            index.entries(SearchEntry.Kind.achievement, matching("Achievement", query))
                    .values()
                    .forEach(e -> ranked.add(new Ranked(e, Ranker.rank(e, query))));
        }
        if (kind == null || kind.equals("institution")) {
            index.entries(SearchEntry.Kind.institution, matching("Institution", query))
                    .values()
                    .forEach(e -> ranked.add(new Ranked(e, Ranker.rank(e, query))));
        }
        ranked.sort(ORDER);
        List<Ranked> slice = page.slice(ranked);
        return PageView.of(slice, r -> SearchHitView.of(r.entry(), r.match(), lang), page, ranked.size());
    }

    /** The given achievement ids in relevance order for the query (best first; ties by id). */
    @Transactional
    public List<String> achievementsByRelevance(String q, List<String> ids) {
        return byRelevance(q, ids, index.entries(SearchEntry.Kind.achievement, ids));
    }

    /** The given institution ids in relevance order for the query (best first; ties by id). */
    @Transactional
    public List<String> institutionsByRelevance(String q, List<String> ids) {
        return byRelevance(q, ids, index.entries(SearchEntry.Kind.institution, ids));
    }

    private static List<String> byRelevance(String q, List<String> ids, Map<String, SearchEntry> entries) {
        SearchText.Query query = SearchText.query(q);
        List<Ranked> ranked = new ArrayList<>(ids.size());
        for (String id : ids) {
            SearchEntry e = entries.get(id);
            if (e != null) {
                ranked.add(new Ranked(e, Ranker.rank(e, query)));
            }
        }
        ranked.sort(ORDER);
        return ranked.stream().map(r -> r.entry().id()).toList();
    }

    private List<String> matching(String entity, SearchText.Query query) {
        Map<String, Object> params = new HashMap<>();
        String where = SearchClause.jpql("x", query, params);
        TypedQuery<String> q = em.createQuery("select x.id from " + entity + " x where " + where, String.class);
        params.forEach(q::setParameter);
        return q.getResultList();
    }
}
