package cn.shanghai.achievements.achievement;

import cn.shanghai.achievements.common.LocalizedText;
import cn.shanghai.achievements.vocabulary.Category;
import cn.shanghai.achievements.vocabulary.Sector;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A concrete, nameable result: one record per thing, however many documents mention it. */
@Entity
public class Achievement extends PanacheEntityBase {

    @Id
    public String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    public Category category;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sector_id")
    public Sector sector;

    @Embedded
    public LocalizedText name;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "zhHans", column = @Column(name = "summary_zh_hans")),
        @AttributeOverride(name = "zhHant", column = @Column(name = "summary_zh_hant")),
        @AttributeOverride(name = "en", column = @Column(name = "summary_en"))
    })
    public LocalizedText summary;

    @ElementCollection
    @CollectionTable(name = "achievement_alias", joinColumns = @JoinColumn(name = "achievement_id"))
    @OrderColumn(name = "position")
    @Column(name = "alias")
    public List<String> aliases = new ArrayList<>();

    @OneToMany(mappedBy = "achievement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<AchievementInstitution> institutions = new ArrayList<>();

    @OneToMany(mappedBy = "achievement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Milestone> milestones = new ArrayList<>();

    /** Lower-cased English name, for a collation-independent name order on every database. */
    @Column(name = "sort_name", nullable = false)
    public String sortName;

    /** Start of the earliest milestone's interval, for date order. */
    @Column(name = "first_date", nullable = false)
    public LocalDate firstDate;

    /** Start of the latest milestone's interval, for newest-first order. */
    @Column(name = "last_date", nullable = false)
    public LocalDate lastDate;

    /** Every text folded, one per line: names, aliases, summaries, and the linked institutions' names and aliases. */
    @Column(name = "search_text", nullable = false)
    public String searchText;

    /** Names and aliases squashed, with their pinyin and initials, and the linked institutions' names squashed. */
    @Column(name = "search_squash", nullable = false)
    public String searchSquash;
}
