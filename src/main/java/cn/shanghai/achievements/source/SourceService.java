package cn.shanghai.achievements.source;

import cn.shanghai.achievements.catalogue.Catalogue;
import cn.shanghai.achievements.catalogue.Catalogues;
import cn.shanghai.achievements.common.ApiPaths;
import cn.shanghai.achievements.common.Citation;
import cn.shanghai.achievements.model.Achievement;
import cn.shanghai.achievements.model.Indicator;
import cn.shanghai.achievements.model.RecordKind;
import cn.shanghai.achievements.model.Source;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The source documents of the release being served, and what each one supports. */
@ApplicationScoped
public class SourceService {

    @Inject
    Catalogues catalogues;

    public List<SourceView> list() {
        Catalogue c = catalogues.current();
        Map<String, Long> counts = citationCounts(c);
        return c.sources().stream()
                .map(s -> SourceView.from(s, counts.getOrDefault(s.id(), 0L), null))
                .toList();
    }

    public SourceView get(String id) {
        Catalogue c = catalogues.current();
        Source s = c.source(id).orElseThrow(() -> c.missing(RecordKind.SOURCE, id));
        List<SourceView.Supported> supports = new ArrayList<>();
        for (Achievement a : c.achievements()) {
            long milestones = a.milestones().stream()
                    .mapToLong(m -> cites(m.citations(), id))
                    .sum();
            long links = a.institutions().stream()
                    .mapToLong(l -> cites(l.citations(), id))
                    .sum();
            if (milestones + links > 0) {
                supports.add(
                        new SourceView.Supported(a.id(), a.name(), milestones, links, ApiPaths.achievement(a.id())));
            }
        }
        return SourceView.from(s, citationCounts(c).getOrDefault(id, 0L), supports);
    }

    /** How many citations point at each source: milestones, institution links and indicators. */
    private static Map<String, Long> citationCounts(Catalogue c) {
        return c.derived(SourceService.class, catalogue -> {
            Map<String, Long> counts = new HashMap<>();
            for (Achievement a : catalogue.achievements()) {
                a.milestones().forEach(m -> m.citations().forEach(x -> counts.merge(x.sourceId(), 1L, Long::sum)));
                a.institutions().forEach(l -> l.citations().forEach(x -> counts.merge(x.sourceId(), 1L, Long::sum)));
            }
            for (Indicator i : catalogue.indicators()) {
                i.citations().forEach(x -> counts.merge(x.sourceId(), 1L, Long::sum));
            }
            return Map.copyOf(counts);
        });
    }

    private static long cites(List<Citation> citations, String sourceId) {
        return citations.stream().filter(c -> c.sourceId().equals(sourceId)).count();
    }
}
