package cn.shanghai.achievements.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A text in the three scripts the catalogue serves, keyed on the wire by BCP 47 tag. */
@JsonPropertyOrder({"zh-Hans", "zh-Hant", "en"})
@Schema(
        name = "LocalizedText",
        description = "A text keyed by BCP 47 language tag.",
        example = "{\"zh-Hans\": \"雪龙2号\", \"zh-Hant\": \"雪龍2號\", \"en\": \"Xuelong 2\"}")
public record Localized(
        @JsonProperty("zh-Hans") @Schema(required = true, description = "Simplified Chinese")
        String zhHans,

        @JsonProperty("zh-Hant") @Schema(required = true, description = "Traditional Chinese")
        String zhHant,

        @JsonProperty("en") @Schema(required = true, description = "English")
        String en) {

    public boolean complete() {
        return notBlank(zhHans) && notBlank(zhHant) && notBlank(en);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
