package cn.shanghai.achievements.vocabulary;

import cn.shanghai.achievements.common.LocalizedText;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** What kind of thing an achievement is: drug, medical device, chip, satellite, aircraft, … */
@Entity
public class Category extends PanacheEntityBase {

    @Id
    public String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "sector_id")
    public Sector sector;

    @Embedded
    public LocalizedText name;

    public int position;
}
