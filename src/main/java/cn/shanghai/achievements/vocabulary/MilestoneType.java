package cn.shanghai.achievements.vocabulary;

import cn.shanghai.achievements.common.LocalizedText;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What happened at a milestone: approved, launched, first flight, delivered, … */
@Entity
@Table(name = "milestone_type")
public class MilestoneType extends PanacheEntityBase {

    @Id
    public String id;

    @Embedded
    public LocalizedText name;

    public int position;
}
