package cn.shanghai.achievements.vocabulary;

import cn.shanghai.achievements.common.LocalizedText;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A field of industry or science, such as biomedicine or aerospace. */
@Entity
public class Sector extends PanacheEntityBase {

    @Id
    public String id;

    @Embedded
    public LocalizedText name;

    public int position;
}
