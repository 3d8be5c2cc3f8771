package cn.shanghai.achievements.common;

import java.util.regex.Pattern;

/** The shape of every public id: a lowercase ASCII slug, stable forever. */
public final class Ids {

    public static final String SLUG = "^(?=.{1,64}$)[a-z0-9]+(-[a-z0-9]+)*$";
    public static final int MAX_LENGTH = 64;
    public static final String MESSAGE =
            "must be a lowercase slug such as gv-971 (letters a-z, digits, single hyphens)";
    private static final Pattern COMPILED = Pattern.compile(SLUG);

    private Ids() {}

    public static boolean isSlug(String value) {
        return value != null
                && value.length() <= MAX_LENGTH
                && COMPILED.matcher(value).matches();
    }
}
