package cn.shanghai.achievements.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The one row that says which release the database serves, and which seed files wrote it; locked while a seed is
 * written, so that concurrent start-ups write a release once.
 */
@Entity
@Table(name = "dataset_state")
public class DatasetState extends PanacheEntityBase {

    public static final int ID = 1;

    @Id
    public int id;

    /** The current release's dataset version (empty before the first release). */
    public String version;

    @Column(name = "loaded_at")
    public Instant loadedAt;

    /** The current release's sequence number (0 before the first release). */
    @Column(name = "release_seq")
    public int releaseSeq;

    /** A hash of the seed files that wrote the current release, so that a restart with the same files skips them. */
    @Column(name = "seed_digest")
    public String seedDigest;
}
