package cn.shanghai.achievements.source;

import cn.shanghai.achievements.common.LocalizedText;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** One of the documents every fact in the catalogue is traced to. */
@Entity
public class Source extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "file_name")
    public String fileName;

    public String kind;

    @Column(name = "reporting_year")
    public int reportingYear;

    @Column(name = "date_text")
    public String date;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "zhHans", column = @Column(name = "title_zh_hans")),
        @AttributeOverride(name = "zhHant", column = @Column(name = "title_zh_hant")),
        @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    })
    public LocalizedText title;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "zhHans", column = @Column(name = "publisher_zh_hans")),
        @AttributeOverride(name = "zhHant", column = @Column(name = "publisher_zh_hant")),
        @AttributeOverride(name = "en", column = @Column(name = "publisher_en"))
    })
    public LocalizedText publisher;

    public String language;

    public int position;
}
