package cn.shanghai.achievements.indicator;

import cn.shanghai.achievements.catalogue.Catalogue;
import cn.shanghai.achievements.catalogue.Catalogues;
import cn.shanghai.achievements.common.PageRequest;
import cn.shanghai.achievements.common.PageView;
import cn.shanghai.achievements.common.PartialDate;
import cn.shanghai.achievements.common.Problem.FieldError;
import cn.shanghai.achievements.common.ProblemException;
import cn.shanghai.achievements.model.Indicator;
import cn.shanghai.achievements.model.RecordKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The headline statistics of the release being served. */
@ApplicationScoped
public class IndicatorService {

    @Inject
    Catalogues catalogues;

    /** Every indicator, by metric and period. */
    public List<IndicatorView> all() {
        Catalogue c = catalogues.current();
        return c.indicators().stream().map(i -> IndicatorView.from(c, i)).toList();
    }

    public PageView<IndicatorView> list(
            List<String> metric, String from, String to, String updatedSince, PageRequest page) {
        Catalogue c = catalogues.current();
        List<FieldError> errors = new ArrayList<>();
        List<String> metrics = new ArrayList<>();
        if (metric != null) {
            Set<String> known = new HashSet<>();
            c.indicators().forEach(i -> known.add(i.metric()));
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
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Integer after = c.updatedAfter(updatedSince);
        List<Indicator> all = after == null
                ? c.indicators(metrics, fromDate, toDate)
                : c.indicators(metrics, fromDate, toDate).stream()
                        .filter(i -> c.updatedIn(RecordKind.INDICATOR, i.id()) > after)
                        .toList();
        return PageView.of(page.slice(all), i -> IndicatorView.from(c, i), page, all.size());
    }
}
