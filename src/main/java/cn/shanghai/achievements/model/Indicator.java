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
        String qualifier,
        String measure,
        String scope,
        List<Citation> citations) {

    /** How the value relates to what the document says: over, nearly, about, estimated, or a target; null: exact. */
    public static final List<String> QUALIFIERS = List.of("over", "nearly", "about", "estimated", "target");
    /**
     * What the value counts: a level (a stock at a point in time), a flow over the period, a running total
     * (cumulative since some start), a growth rate, or a share.
     */
    public static final List<String> MEASURES = List.of("level", "flow", "running-total", "growth-rate", "share");

    /** Whether the value is a plan's target rather than an actual value. */
    public boolean target() {
        return "target".equals(qualifier);
    }

    public Indicator {
        citations = citations == null ? List.of() : List.copyOf(citations);
    }
}
