package cn.shanghai.achievements.meta;

import cn.shanghai.achievements.catalogue.Catalogue;
import cn.shanghai.achievements.catalogue.Catalogues;
import cn.shanghai.achievements.common.ApiPaths;
import cn.shanghai.achievements.common.Hyperlinks;
import cn.shanghai.achievements.model.Achievement;
import cn.shanghai.achievements.model.Indicator;
import cn.shanghai.achievements.source.SourceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** What the dataset being served is: its version, counts, sources and licence. */
@ApplicationScoped
public class MetaService {

    static final MetaView.Licence LICENCE = new MetaView.Licence(
            "CC-BY-4.0",
            "Creative Commons Attribution 4.0 International",
            "https://creativecommons.org/licenses/by/4.0/",
            "Curated from public documents of the Shanghai Municipal People's Government, STCSM and the press; cite the source documents named on each fact.");

    @Inject
    Catalogues catalogues;

    @Inject
    SourceService sources;

    public MetaView meta() {
        Catalogue c = catalogues.current();
        long milestones = 0;
        long links = 0;
        long citations = 0;
        for (Achievement a : c.achievements()) {
            milestones += a.milestones().size();
            links += a.institutions().size();
            citations +=
                    a.milestones().stream().mapToLong(m -> m.citations().size()).sum();
            citations += a.institutions().stream()
                    .mapToLong(l -> l.citations().size())
                    .sum();
        }
        for (Indicator i : c.indicators()) {
            citations += i.citations().size();
        }
        MetaView.Counts counts = new MetaView.Counts(
                c.achievements().size(),
                c.institutions().size(),
                c.sources().size(),
                c.categories().size(),
                milestones,
                links,
                citations,
                c.indicators().size());
        return new MetaView(
                c.release().version(),
                c.release().publishedAt(),
                c.release().seq(),
                counts,
                sources.list(),
                LICENCE,
                new Hyperlinks(ApiPaths.BASE + "/meta", ApiPaths.BASE + "/achievements", "/q/openapi"));
    }
}
