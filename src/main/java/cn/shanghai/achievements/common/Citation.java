package cn.shanghai.achievements.common;

/** A fact's evidence: the source document and a verbatim quote of at most {@link #MAX_QUOTE_LENGTH} characters. */
public record Citation(String sourceId, String quote) {

    public static final int MAX_QUOTE_LENGTH = 80;
}
