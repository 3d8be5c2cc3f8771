package cn.shanghai.achievements.institution;

import cn.shanghai.achievements.common.LocalizedText;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.List;

/** Who developed, made, designed, built, operated or contributed to an achievement. */
@Entity
public class Institution extends PanacheEntityBase {

    /** The kinds of institution the documents name. */
    public enum Type {
        enterprise,
        research_institute,
        university,
        hospital,
        government_body,
        platform;

        public String wire() {
            return name().replace('_', '-');
        }
    }

    @Id
    public String id;

    @Column(name = "type", nullable = false)
    public String type;

    @Embedded
    public LocalizedText name;

    @ElementCollection
    @CollectionTable(name = "institution_alias", joinColumns = @JoinColumn(name = "institution_id"))
    @OrderColumn(name = "position")
    @Column(name = "alias")
    public List<String> aliases = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Institution parent;

    /** Names and aliases folded, one per line. */
    @Column(name = "search_text", nullable = false)
    public String searchText;

    /** Names and aliases squashed, with their pinyin and initials. */
    @Column(name = "search_squash", nullable = false)
    public String searchSquash;
}
