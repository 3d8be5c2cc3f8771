package cn.shanghai.achievements.common;

/**
 * A quote as it should be printed. The documents' text was extracted from PDFs: some lines come letter-spaced
 * («1 0 4 、1 0 5 架 机 实 现 首 飞，») and others carry stray spaces around Chinese text («11月, 上海»). Chinese
 * sets no spaces between characters, so the rule is: in a letter-spaced quote (most characters followed by one space)
 * every space goes, except a wider gap between two Latin words; elsewhere a space goes when a character beside it is
 * not a Latin letter or digit (Chinese text, full-width punctuation), and stays between two Latin words
 * («marvel X», «TOF PET/MR»). Only whitespace is ever removed, so the printable text differs from the verbatim quote
 * in whitespace alone.
 */
public final class PrintableText {

    private PrintableText() {}

    public static String of(String quote) {
        if (quote == null) {
            return null;
        }
        String s = quote.strip();
        boolean spaced = letterSpaced(s);
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < s.length() && Character.isWhitespace(s.charAt(end))) {
                end++;
            }
            char before = s.charAt(i - 1);
            char after = s.charAt(end);
            boolean betweenLatin = latin(before) && latin(after);
            boolean keep = spaced ? betweenLatin && end - i > 1 : betweenLatin;
            if (keep) {
                out.append(' ');
            }
            i = end;
        }
        return out.toString();
    }

    /** Most characters of the quote are followed by exactly one space: the extraction letter-spaced the line. */
    static boolean letterSpaced(String s) {
        int chars = 0;
        int spacedChars = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                continue;
            }
            chars++;
            if (i + 1 < s.length()
                    && s.charAt(i + 1) == ' '
                    && (i + 2 >= s.length() || !Character.isWhitespace(s.charAt(i + 2)))) {
                spacedChars++;
            }
        }
        return chars >= 4 && spacedChars * 2 >= chars;
    }

    private static boolean latin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
