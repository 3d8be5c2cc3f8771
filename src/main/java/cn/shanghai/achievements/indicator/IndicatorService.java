package cn.shanghai.achievements.indicator;

import cn.shanghai.achievements.catalogue.Catalogue;
import cn.shanghai.achievements.catalogue.Catalogues;
import cn.shanghai.achievements.common.PageRequest;
import cn.shanghai.achievements.common.PageView;
import cn.shanghai.achievements.common.PartialDate;
import cn.shanghai.achievements.common.Problem.FieldError;
import cn.shanghai.achievements.common.ProblemException;
import cn.shanghai.achievements.model.Indicator;
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

    public PageView<IndicatorView> list(List<String> metric, String from, String to, PageRequest page) {
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
        List<Indicator> all = c.indicators(metrics, fromDate, toDate);
        return PageView.of(page.slice(all), i -> IndicatorView.from(c, i), page, all.size());
    }
}
