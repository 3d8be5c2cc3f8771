package cn.shanghai.achievements.institution;

import cn.shanghai.achievements.catalogue.Catalogue;
import cn.shanghai.achievements.catalogue.Catalogues;
import cn.shanghai.achievements.common.Lang;
import cn.shanghai.achievements.common.PageRequest;
import cn.shanghai.achievements.common.PageView;
import cn.shanghai.achievements.model.Institution;
import cn.shanghai.achievements.model.RecordKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The institutions of the release being served. */
@ApplicationScoped
public class InstitutionService {

    @Inject
    Catalogues catalogues;

    /** Institutions of a type, matching a text (best first) or all of them (by id). */
    public PageView<InstitutionView> list(String type, String q, String updatedSince, PageRequest page, Lang lang) {
        Catalogue c = catalogues.current();
        Integer after = c.updatedAfter(updatedSince);
        if (after != null) {
            // the institutions are few: the changed ones are picked from all matches, in their order
            List<Institution> all = c
                    .institutions(type, q, 0, Math.max(1, c.institutions().size()))
                    .items()
                    .stream()
                    .filter(i -> c.updatedIn(RecordKind.INSTITUTION, i.id()) > after)
                    .toList();
            return PageView.of(page.slice(all), i -> InstitutionView.summary(c, i, lang), page, all.size());
        }
        Catalogue.Page<Institution> found = c.institutions(type, q, page.offset(), page.size());
        return PageView.of(found.items(), i -> InstitutionView.summary(c, i, lang), page, found.total());
    }

    /** Every institution in detail, by id, in simplified Chinese. */
    public List<InstitutionView> all() {
        Catalogue c = catalogues.current();
        return c.institutions().stream()
                .sorted(java.util.Comparator.comparing(Institution::id))
                .map(i -> InstitutionView.detail(c, i, Lang.ZH_HANS))
                .toList();
    }

    public InstitutionView get(String id, Lang lang) {
        Catalogue c = catalogues.current();
        Institution i = c.institution(id).orElseThrow(() -> c.missing(RecordKind.INSTITUTION, id));
        return InstitutionView.detail(c, i, lang);
    }
}
