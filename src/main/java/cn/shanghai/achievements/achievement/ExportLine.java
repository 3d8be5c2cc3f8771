package cn.shanghai.achievements.achievement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An achievement's line in the CSV export, derived from the seed when the achievement is written. */
@Entity
@Table(name = "achievement_export")
public class ExportLine extends PanacheEntityBase {

    @Id
    @Column(name = "achievement_id")
    public String achievementId;

    @Column(name = "csv_line", nullable = false)
    public String csv;
}
