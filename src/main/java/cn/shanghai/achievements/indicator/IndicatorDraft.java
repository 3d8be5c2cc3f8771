package cn.shanghai.achievements.indicator;

import cn.shanghai.achievements.common.CitationDraft;
import cn.shanghai.achievements.common.Localized;
import java.math.BigDecimal;
import java.util.List;

/** A statistic as the seed states it. */
public record IndicatorDraft(
        String id,
        String metric,
        Localized name,
        String period,
        BigDecimal value,
        Localized unit,
        List<CitationDraft> citations) {}
