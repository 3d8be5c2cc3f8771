package cn.shanghai.achievements.meta;

import cn.shanghai.achievements.common.ApiPaths;
import cn.shanghai.achievements.common.Hyperlinks;
import cn.shanghai.achievements.source.SourceService;
import cn.shanghai.achievements.source.SourceView;
import cn.shanghai.achievements.vocabulary.VocabularyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The dataset's description. */
@ApplicationScoped
public class MetaService {

    static final MetaView.Licence LICENCE = new MetaView.Licence(
            "CC-BY-4.0",
            "Creative Commons Attribution 4.0 International",
            "https://creativecommons.org/licenses/by/4.0/",
            "Curated from public documents of the Shanghai Municipal People's Government, STCSM and the press; cite the source documents named on each fact.");

    @Inject
    DatasetStateRepository states;

    @Inject
    SourceService sources;

    @Inject
    VocabularyService vocabulary;

    @Transactional
    public MetaView meta() {
        DatasetState state = states.current();
        List<SourceView> docs = sources.list();
        long[] facts = states.factCounts();
        MetaView.Counts counts = new MetaView.Counts(
                state.achievements,
                state.institutions,
                docs.size(),
                vocabulary.categories().size(),
                facts[0],
                facts[1],
                facts[2],
                facts[3]);
        return new MetaView(
                state.version,
                state.loadedAt,
                counts,
                docs,
                LICENCE,
                new Hyperlinks(ApiPaths.BASE + "/meta", ApiPaths.BASE + "/achievements", "/q/openapi"));
    }
}
