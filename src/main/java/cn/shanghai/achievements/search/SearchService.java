package cn.shanghai.achievements.search;

import cn.shanghai.achievements.catalogue.Catalogue;
import cn.shanghai.achievements.catalogue.Catalogues;
import cn.shanghai.achievements.catalogue.Hit;
import cn.shanghai.achievements.common.Lang;
import cn.shanghai.achievements.common.PageRequest;
import cn.shanghai.achievements.common.PageView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;

/** The one search box, answered from the release being served. */
@ApplicationScoped
public class SearchService {

    @Inject
    Catalogues catalogues;

    public PageView<SearchHitView> search(String q, String kind, PageRequest page, Lang lang) {
        Catalogue c = catalogues.current();
        Set<Hit.Kind> kinds = kind == null ? EnumSet.allOf(Hit.Kind.class) : EnumSet.of(Hit.Kind.valueOf(kind));
        Catalogue.Page<Hit> hits = c.search(q, kinds, page.offset(), page.size());
        return PageView.of(hits.items(), h -> SearchHitView.of(c, h, lang), page, hits.total());
    }
}
