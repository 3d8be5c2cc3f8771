package cn.shanghai.achievements.common;

import java.util.Locale;

/** The display language of list views: chosen by ?lang=, else by Accept-Language, else simplified Chinese. */
public enum Lang {
    ZH_HANS("zh-Hans"),
    ZH_HANT("zh-Hant"),
    EN("en");

    public final String tag;

    Lang(String tag) {
        this.tag = tag;
    }

    public String pick(Localized text) {
        return text == null
                ? null
                : switch (this) {
                    case ZH_HANS -> text.zhHans();
                    case ZH_HANT -> text.zhHant();
                    case EN -> text.en();
                };
    }

    /** The language a request asks for; an unknown ?lang= is a 400, an unusable Accept-Language falls back. */
    public static Lang resolve(String param, String acceptLanguage) {
        if (param != null && !param.isEmpty()) {
            for (Lang l : values()) {
                if (l.tag.equalsIgnoreCase(param)) {
                    return l;
                }
            }
            throw ProblemException.invalid("lang", "must be zh-Hans, zh-Hant or en");
        }
        return fromAcceptLanguage(acceptLanguage);
    }

    static Lang fromAcceptLanguage(String header) {
        if (header == null || header.isBlank() || header.length() > 500) {
            return ZH_HANS;
        }
        Lang best = null;
        double bestQ = -1;
        for (String part : header.split(",")) {
            String[] bits = part.trim().split(";");
            String tag = bits[0].trim().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < bits.length; i++) {
                String b = bits[i].trim();
                if (b.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(b.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            Lang l = tag.startsWith("zh-hant") || tag.equals("zh-tw") || tag.equals("zh-hk") || tag.equals("zh-mo")
                    ? ZH_HANT
                    : tag.startsWith("zh") ? ZH_HANS : tag.startsWith("en") ? EN : null;
            if (l != null && q > bestQ) {
                best = l;
                bestQ = q;
            }
        }
        return best == null ? ZH_HANS : best;
    }
}
