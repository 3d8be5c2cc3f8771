package cn.shanghai.achievements.common;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A fact's evidence: the source document and a verbatim quote of at most 80 characters. */
@Embeddable
public class Citation {

    public static final int MAX_QUOTE_LENGTH = 80;

    @Column(name = "source_id", nullable = false)
    private String sourceId;

    @Column(name = "quote", nullable = false)
    private String quote;

    protected Citation() {}

    public Citation(String sourceId, String quote) {
        this.sourceId = sourceId;
        this.quote = quote;
    }

    public String getSourceId() {
        return sourceId;
    }

    public String getQuote() {
        return quote;
    }
}
