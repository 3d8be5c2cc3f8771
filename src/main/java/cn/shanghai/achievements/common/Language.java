package cn.shanghai.achievements.common;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The display language a request asks for: ?lang=, else Accept-Language, else simplified Chinese. */
public class Language {

    @QueryParam("lang")
    @Parameter(
            description =
                    "Language of displayName: zh-Hans, zh-Hant or en (default: from Accept-Language, else zh-Hans)",
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"zh-Hans", "zh-Hant", "en"}))
    public String lang;

    @HeaderParam("Accept-Language")
    @Parameter(hidden = true)
    public String acceptLanguage;

    public Lang resolve() {
        return Lang.resolve(lang, acceptLanguage);
    }
}
