package cn.shanghai.achievements.achievement;

import cn.shanghai.achievements.catalogue.AchievementFilter;
import cn.shanghai.achievements.catalogue.Catalogue;
import cn.shanghai.achievements.catalogue.Catalogues;
import cn.shanghai.achievements.common.Lang;
import cn.shanghai.achievements.common.PageRequest;
import cn.shanghai.achievements.common.PageView;
import cn.shanghai.achievements.model.Achievement;
import cn.shanghai.achievements.model.RecordKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** Answers the achievement reads from the read model of the release being served. */
@ApplicationScoped
public class AchievementReads {

    @Inject
    Catalogues catalogues;

    /** The release every read of one request is answered from. */
    public Catalogue catalogue() {
        return catalogues.current();
    }

    public AchievementFilter filter(Catalogue c, AchievementQuery q, String sort) {
        AchievementFilter f = AchievementFilter.parse(
                q.q, q.category, q.sector, q.institution, q.milestone, q.year, q.from, q.to, sort, c.known());
        Integer after = c.updatedAfter(q.updatedSince);
        return after == null ? f : f.withUpdatedAfter(after);
    }

    public PageView<AchievementViews.Summary> list(Catalogue c, AchievementFilter filter, PageRequest page, Lang lang) {
        Catalogue.Page<Achievement> found = c.achievements(filter, lang, page.offset(), page.size());
        List<AchievementViews.Summary> items = new ArrayList<>(found.items().size());
        found.items().forEach(a -> items.add(AchievementViews.summary(c, a, lang)));
        return new PageView<>(items, page.page(), page.size(), found.total());
    }

    /** An institution's achievements: those linked to it or to one that belongs to it. */
    public PageView<AchievementViews.Summary> ofInstitution(
            Catalogue c, String id, AchievementFilter filter, PageRequest page, Lang lang) {
        if (c.institution(id).isEmpty()) {
            throw c.missing(RecordKind.INSTITUTION, id);
        }
        List<String> ids = new ArrayList<>(filter.institutions());
        if (!ids.isEmpty() && !ids.contains(id)) {
            // the institution and the filter intersect: keep only the filter's institutions that are it or below it
            List<String> below = c.withDescendants(id);
            ids.removeIf(i -> !below.contains(i));
            if (ids.isEmpty()) {
                return new PageView<>(List.of(), page.page(), page.size(), 0);
            }
        } else {
            ids = List.of(id);
        }
        return list(c, filter.withInstitutions(ids), page, lang);
    }

    public AchievementViews.Detail get(Catalogue c, String id, Lang lang) {
        Achievement a = c.achievement(id).orElseThrow(() -> c.missing(RecordKind.ACHIEVEMENT, id));
        return AchievementViews.detail(c, a, lang);
    }
}
