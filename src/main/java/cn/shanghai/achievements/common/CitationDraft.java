package cn.shanghai.achievements.common;

/** A citation as the seed states it. */
public record CitationDraft(String sourceId, String quote) {

    public Citation toCitation() {
        return new Citation(sourceId, quote);
    }
}
