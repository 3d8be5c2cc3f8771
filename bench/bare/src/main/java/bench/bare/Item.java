package bench.bare;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;

/** The bare app's one entity. */
@Entity
public class Item extends PanacheEntity {
    public String name;
}
