package cn.shanghai.achievements.model;

import cn.shanghai.achievements.common.Citation;
import cn.shanghai.achievements.common.Localized;
import java.math.BigDecimal;
import java.util.List;

/** A headline statistic the documents report: a value of a metric over a period, with its unit and evidence. */
public record Indicator(
        String id,
        String metric,
        Localized name,
        String period,
        BigDecimal value,
        Localized unit,
        List<Citation> citations) {

    public Indicator {
        citations = citations == null ? List.of() : List.copyOf(citations);
    }
}
