package cn.shanghai.achievements.achievement;

import cn.shanghai.achievements.common.Citation;
import cn.shanghai.achievements.vocabulary.MilestoneType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What happened to an achievement and when, dated only as precisely as its source allows. */
@Entity
public class Milestone extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "milestone_seq")
    @SequenceGenerator(name = "milestone_seq", sequenceName = "milestone_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "achievement_id")
    public Achievement achievement;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "type_id")
    public MilestoneType type;

    /** The date as the text gives it: "2019", "2019-11" or "2019-11-23". */
    @Column(name = "date_text", nullable = false)
    public String date;

    @Column(name = "date_precision", nullable = false)
    public String precision;

    /** "stated", or "reporting-year" when the year comes from the document's reporting year. */
    @Column(name = "date_basis", nullable = false)
    public String dateBasis;

    /** First day of the interval the date covers. */
    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    /** Last day of the interval the date covers. */
    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    public int position;

    @ElementCollection
    @CollectionTable(name = "milestone_citation", joinColumns = @JoinColumn(name = "milestone_id"))
    @OrderColumn(name = "position")
    public List<Citation> citations = new ArrayList<>();
}
