package cn.shanghai.achievements.indicator;

import cn.shanghai.achievements.common.CitationDraft;
import cn.shanghai.achievements.common.LocalizedText;
import cn.shanghai.achievements.common.PageRequest;
import cn.shanghai.achievements.common.PageView;
import cn.shanghai.achievements.common.PartialDate;
import cn.shanghai.achievements.common.Period;
import cn.shanghai.achievements.common.Problem.FieldError;
import cn.shanghai.achievements.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Headline statistics: lists for the API, writes for the seed. */
@ApplicationScoped
public class IndicatorService {

    @Inject
    IndicatorRepository repository;

    @Transactional
    public PageView<IndicatorView> list(List<String> metric, String from, String to, PageRequest page) {
        List<FieldError> errors = new ArrayList<>();
        List<String> metrics = new ArrayList<>();
        if (metric != null) {
            Set<String> known = new HashSet<>(repository.metrics());
            for (String raw : metric) {
                for (String m : raw.split(",")) {
                    String v = m.strip();
                    if (v.isEmpty() || metrics.contains(v)) {
                        continue;
                    }
                    if (!known.contains(v)) {
                        errors.add(
                                new FieldError("metric", "unknown metric; see the metric field of /api/v1/indicators"));
                        break;
                    }
                    metrics.add(v);
                }
            }
        }
        PartialDate fromDate = PartialDate.parameter("from", from, errors);
        PartialDate toDate = PartialDate.parameter("to", to, errors);
        LocalDate start = fromDate == null ? null : fromDate.start();
        LocalDate end = toDate == null ? null : toDate.end();
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return PageView.of(
                repository.page(metrics, start, end, page),
                IndicatorView::from,
                page,
                repository.count(metrics, start, end));
    }

    /** Writes one statistic from the seed; runs inside the loader's transaction. */
    public void save(IndicatorDraft draft, int position) {
        Indicator found = repository.findById(draft.id());
        Indicator i = found == null ? new Indicator() : found;
        Period period = Period.parse(draft.period());
        i.id = draft.id();
        i.metric = draft.metric();
        i.name = LocalizedText.of(draft.name());
        i.period = period.text();
        i.periodStart = period.start();
        i.periodEnd = period.end();
        i.value = draft.value();
        i.unit = LocalizedText.of(draft.unit());
        i.position = position;
        i.citations.clear();
        draft.citations().stream().map(CitationDraft::toCitation).forEach(i.citations::add);
        if (found == null) {
            repository.persist(i);
        }
    }

    /** Removes the statistics the seed no longer holds. */
    public int retainOnly(Set<String> ids) {
        int removed = 0;
        for (Indicator i : repository.listAll()) {
            if (!ids.contains(i.id)) {
                repository.delete(i);
                removed++;
            }
        }
        return removed;
    }
}
