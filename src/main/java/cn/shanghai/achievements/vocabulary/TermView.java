package cn.shanghai.achievements.vocabulary;

import cn.shanghai.achievements.common.Localized;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A vocabulary term (sector or milestone type) with its names. */
@Schema(name = "Term")
public record TermView(
        @Schema(required = true, example = "approved") String id,
        @Schema(required = true) Localized name) {}
