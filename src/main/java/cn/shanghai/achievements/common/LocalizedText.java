package cn.shanghai.achievements.common;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The persistent form of {@link Localized}: three columns, one per script. */
@Embeddable
public class LocalizedText {

    @Column(name = "name_zh_hans", nullable = false)
    private String zhHans;

    @Column(name = "name_zh_hant", nullable = false)
    private String zhHant;

    @Column(name = "name_en", nullable = false)
    private String en;

    protected LocalizedText() {}

    public LocalizedText(String zhHans, String zhHant, String en) {
        this.zhHans = zhHans;
        this.zhHant = zhHant;
        this.en = en;
    }

    public static LocalizedText of(Localized value) {
        return new LocalizedText(value.zhHans(), value.zhHant(), value.en());
    }

    public String getZhHans() {
        return zhHans;
    }

    public String getZhHant() {
        return zhHant;
    }

    public String getEn() {
        return en;
    }
}
