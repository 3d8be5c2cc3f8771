package cn.shanghai.achievements.institution;

import cn.shanghai.achievements.catalogue.Catalogue;
import cn.shanghai.achievements.catalogue.Catalogues;
import cn.shanghai.achievements.common.Lang;
import cn.shanghai.achievements.common.PageRequest;
import cn.shanghai.achievements.common.PageView;
import cn.shanghai.achievements.common.ProblemException;
import cn.shanghai.achievements.model.Institution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The institutions of the release being served. */
@ApplicationScoped
public class InstitutionService {

    @Inject
    Catalogues catalogues;

    /** Institutions of a type, matching a text (best first) or all of them (by id). */
    public PageView<InstitutionView> list(String type, String q, PageRequest page, Lang lang) {
        Catalogue c = catalogues.current();
        Catalogue.Page<Institution> found = c.institutions(type, q, page.offset(), page.size());
        return PageView.of(found.items(), i -> InstitutionView.summary(c, i, lang), page, found.total());
    }

    public InstitutionView get(String id, Lang lang) {
        Catalogue c = catalogues.current();
        Institution i = c.institution(id).orElseThrow(() -> ProblemException.notFound("institution", id));
        return InstitutionView.detail(c, i, lang);
    }
}
