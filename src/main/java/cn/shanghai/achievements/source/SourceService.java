package cn.shanghai.achievements.source;

import cn.shanghai.achievements.common.ApiPaths;
import cn.shanghai.achievements.common.Localized;
import cn.shanghai.achievements.common.LocalizedText;
import cn.shanghai.achievements.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The source documents and what each one supports. */
@ApplicationScoped
public class SourceService {

    @Inject
    SourceRepository repository;

    @Transactional
    public List<SourceView> list() {
        Map<String, Long> counts = repository.citationCounts();
        return repository.ordered().stream()
                .map(s -> SourceView.from(s, counts.getOrDefault(s.id, 0L), null))
                .toList();
    }

    @Transactional
    public SourceView get(String id) {
        Source s = repository.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("source", id));
        List<SourceView.Supported> supports = repository.supported(id).stream()
                .map(r -> new SourceView.Supported(
                        (String) r[0],
                        new Localized((String) r[1], (String) r[2], (String) r[3]),
                        (Long) r[4],
                        (Long) r[5],
                        ApiPaths.achievement((String) r[0])))
                .toList();
        long citations = supports.stream()
                .mapToLong(x -> x.milestones() + x.institutionLinks())
                .sum();
        return SourceView.from(s, citations, supports);
    }

    @Transactional
    public Set<String> ids() {
        return repository.ordered().stream().map(s -> s.id).collect(Collectors.toSet());
    }

    /** Writes one source from the seed; runs inside the seed loader's transaction. */
    public void save(SourceDraft draft, int position) {
        Source s = new Source();
        s.id = draft.id();
        s.fileName = draft.file();
        s.kind = draft.kind();
        s.reportingYear = draft.reportingYear();
        s.date = draft.date();
        s.title = LocalizedText.of(draft.title());
        s.publisher = LocalizedText.of(draft.publisher());
        s.language = draft.language();
        s.position = position;
        repository.getEntityManager().merge(s);
    }
}
