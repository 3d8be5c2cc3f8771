package cn.shanghai.achievements.common;

/** Makes client-supplied text safe to echo in an error message: bounded and free of control characters. */
public final class Sanitize {

    private static final int MAX_ECHO = 100;

    private Sanitize() {}

    public static String forMessage(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(MAX_ECHO).forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                out.append('\uFFFD');
            } else {
                out.appendCodePoint(cp);
            }
        });
        if (value.codePointCount(0, value.length()) > MAX_ECHO) {
            out.append('…');
        }
        return out.toString();
    }
}
