package cn.shanghai.achievements.meta;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The one row that says which seed version the database holds; locked while a seed is written. */
@Entity
@Table(name = "dataset_state")
public class DatasetState extends PanacheEntityBase {

    public static final int ID = 1;

    @Id
    public int id;

    public String version;

    @Column(name = "loaded_at")
    public Instant loadedAt;

    public int achievements;

    public int institutions;

    public int sources;
}
