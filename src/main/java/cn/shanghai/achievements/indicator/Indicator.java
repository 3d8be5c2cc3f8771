package cn.shanghai.achievements.indicator;

import cn.shanghai.achievements.common.Citation;
import cn.shanghai.achievements.common.LocalizedText;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A headline statistic a document reports: a metric's value over a period, in a unit. */
@Entity
public class Indicator extends PanacheEntityBase {

    @Id
    public String id;

    public String metric;

    @Embedded
    public LocalizedText name;

    @Column(name = "period_text", nullable = false)
    public String period;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    @Column(name = "numeric_value", nullable = false, precision = 20, scale = 4)
    public BigDecimal value;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "zhHans", column = @Column(name = "unit_zh_hans")),
        @AttributeOverride(name = "zhHant", column = @Column(name = "unit_zh_hant")),
        @AttributeOverride(name = "en", column = @Column(name = "unit_en"))
    })
    public LocalizedText unit;

    public int position;

    @ElementCollection
    @CollectionTable(name = "indicator_citation", joinColumns = @JoinColumn(name = "indicator_id"))
    @OrderColumn(name = "position")
    public List<Citation> citations = new ArrayList<>();
}
