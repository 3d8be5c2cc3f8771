package cn.shanghai.achievements.achievement;

import cn.shanghai.achievements.common.Citation;
import cn.shanghai.achievements.institution.Institution;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
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
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** The link between an achievement and an institution: the institution's role, and the evidence for it. */
@Entity
@Table(name = "achievement_institution")
public class AchievementInstitution extends PanacheEntityBase {

    /** What an institution did for an achievement. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "link_seq")
    @SequenceGenerator(name = "link_seq", sequenceName = "achievement_institution_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "achievement_id")
    public Achievement achievement;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "institution_id")
    public Institution institution;

    public String role;

    public int position;

    @ElementCollection
    @CollectionTable(name = "achievement_institution_citation", joinColumns = @JoinColumn(name = "link_id"))
    @OrderColumn(name = "position")
    public List<Citation> citations = new ArrayList<>();
}
