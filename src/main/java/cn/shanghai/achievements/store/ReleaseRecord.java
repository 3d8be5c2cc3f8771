package cn.shanghai.achievements.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One release: a dataset version the service has loaded, with its number, time, counts and notes. Never changed. */
@Entity
@Table(name = "dataset_release")
public class ReleaseRecord extends PanacheEntityBase {

    @Id
    public int seq;

    public String version;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** How many records of each kind, as JSON ({"achievement": 101, …}). */
    public String counts;

    /** The curators' release notes, as JSON, when the seed carries them. */
    public String notes;
}
