package cn.shanghai.achievements.catalogue;

/**
 * One search hit: which record, and why it matched: the tier of its best match (exact-name, exact-alias, prefix,
 * part, summary, institution, other), the field and its text, how (text, pinyin, through a linked institution, a
 * typo tolerated, a synonym), and where in the text, for highlighting (UTF-16 offsets; -1 when it has none).
 */
public record Hit(Kind kind, String id, String rank, String field, String text, String via, int start, int end) {

    /** What a hit is. */
    public enum Kind {
        achievement,
        institution,
        indicator
    }
}
