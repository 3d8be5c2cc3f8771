package cn.shanghai.achievements.edge;

import cn.shanghai.achievements.common.Problem;
import cn.shanghai.achievements.common.Sanitize;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The request target as the client sent it, checked and made canonical before any route sees it. Journalists type
 * {@code ?q=北斗} unencoded and most servers accept that, so raw UTF-8 (and other characters a URI may not hold) is
 * percent-encoded here; what cannot be read at all (a malformed escape, bytes that are not UTF-8) is a 400 that
 * names the parameter.
 */
final class RequestTarget {

    /** The outcome: the target to route (the same string when nothing needed encoding), or the errors to answer. */
    record Checked(String target, List<Problem.FieldError> errors) {

        boolean ok() {
            return errors.isEmpty();
        }
    }

    private static final String HEX = "0123456789ABCDEF";

    private RequestTarget() {}

    /**
     * Checks a request target in origin form ("/path?query"). The HTTP decoder reads the request line one byte to a
     * character, so a character above U+007F here is a raw byte of the client's encoding; it must be UTF-8.
     */
    static Checked check(String raw) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String target = raw;
        if (hasRawBytes(raw)) {
            String decoded = utf8(latin1Bytes(raw));
            if (decoded == null) {
                errors.add(new Problem.FieldError(
                        "request", "the request target holds bytes that are not UTF-8; percent-encode it as UTF-8"));
                return new Checked(raw, errors);
            }
            target = decoded;
        }
        StringBuilder out = new StringBuilder(target.length() + 16);
        int query = target.indexOf('?');
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c == '%') {
                if (isHex(at(target, i + 1)) && isHex(at(target, i + 2))) {
                    out.append(c).append(target, i + 1, i + 3);
                    i += 2;
                } else {
                    errors.add(new Problem.FieldError(
                            parameterAt(target, query, i),
                            "holds a malformed percent-escape ('"
                                    + Sanitize.forMessage(target.substring(i, Math.min(target.length(), i + 3)))
                                    + "'); write % as %25"));
                    return new Checked(raw, errors);
                }
            } else if (c < 0x20 || c == 0x7F) {
                errors.add(new Problem.FieldError(parameterAt(target, query, i), "holds a control character"));
                return new Checked(raw, errors);
            } else if (allowed(c)) {
                out.append(c);
            } else {
                encode(target.codePointAt(i), out);
                if (Character.isSupplementaryCodePoint(target.codePointAt(i))) {
                    i++;
                }
            }
        }
        String canonical = out.toString();
        checkEscapesAreUtf8(canonical, errors);
        return new Checked(errors.isEmpty() ? canonical : raw, errors);
    }

    /** Every parameter name and value, once its escapes are decoded, must be UTF-8 text. */
    private static void checkEscapesAreUtf8(String target, List<Problem.FieldError> errors) {
        int q = target.indexOf('?');
        if (q >= 0) {
            for (String pair : target.substring(q + 1).split("&")) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                if (utf8(unescape(pair)) == null) {
                    String shown = utf8(unescape(name));
                    errors.add(new Problem.FieldError(
                            shown == null ? "request" : Sanitize.forMessage(shown.replace('+', ' ')),
                            "its percent-escapes do not decode to UTF-8; encode the text as UTF-8"));
                    return;
                }
            }
        }
        String path = q < 0 ? target : target.substring(0, q);
        if (utf8(unescape(path)) == null) {
            errors.add(new Problem.FieldError("path", "its percent-escapes do not decode to UTF-8"));
        }
    }

    /** What a URI may hold unencoded (RFC 3986 unreserved, reserved and the query's extra characters). */
    private static boolean allowed(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || "-._~:/?#[]@!$&'()*+,;=".indexOf(c) >= 0;
    }

    private static void encode(int codePoint, StringBuilder out) {
        for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
            out.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
        }
    }

    private static boolean hasRawBytes(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7F) {
                return true;
            }
        }
        return false;
    }

    private static byte[] latin1Bytes(String s) {
        byte[] bytes = new byte[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            bytes[i] = (byte) (c <= 0xFF ? c : '?');
        }
        return bytes;
    }

    /** The bytes an escaped text stands for ('+' is left as it is: it only matters for display). */
    private static byte[] unescape(String s) {
        byte[] out = new byte[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && isHex(at(s, i + 1)) && isHex(at(s, i + 2))) {
                out[n++] = (byte) Integer.parseInt(s.substring(i + 1, i + 3), 16);
                i += 2;
            } else {
                out[n++] = (byte) c;
            }
        }
        byte[] exact = new byte[n];
        System.arraycopy(out, 0, exact, 0, n);
        return exact;
    }

    /** Strict UTF-8 decoding: null for malformed or unmappable input. */
    static String utf8(byte[] bytes) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The name of the query parameter that holds position {@code i}, or "path" before the query. */
    private static String parameterAt(String target, int query, int i) {
        if (query < 0 || i < query) {
            return "path";
        }
        int start = target.lastIndexOf('&', i) + 1;
        start = Math.max(start, query + 1);
        int end = target.indexOf('&', start);
        String pair = target.substring(start, end < 0 ? target.length() : end);
        int eq = pair.indexOf('=');
        String name = eq < 0 ? pair : pair.substring(0, eq);
        String decoded = utf8(unescape(name));
        return decoded == null || decoded.isEmpty() || name.contains("%") && i - start < name.length()
                ? "request"
                : Sanitize.forMessage(decoded);
    }

    private static char at(String s, int i) {
        return i < s.length() ? s.charAt(i) : 0;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
