package cn.shanghai.achievements.search;

import cn.shanghai.achievements.common.SearchText;

/**
 * Ranks a record against a query: exact name, exact alias, name or alias prefix, part of a name or alias,
 * summary, a linked institution; and says which field and text matched. Membership is decided by the database
 * query over the same precomputed keys; the ranker only orders and explains.
 */
final class Ranker {

    static final int EXACT_NAME = 0;
    static final int EXACT_ALIAS = 1;
    static final int PREFIX = 2;
    static final int PART = 3;
    static final int SUMMARY = 4;
    static final int INSTITUTION = 5;
    static final int OTHER = 6;

    private Ranker() {}

    /** Which field matched, how well, and where in its text. */
    record Match(int level, SearchEntry.Field field, String via, int start, int end) {}

    static Match rank(SearchEntry entry, SearchText.Query query) {
        Match whole = best(entry, query.folded(), query.squashed());
        if (whole != null || query.tokens().size() <= 1) {
            return whole != null ? whole : new Match(OTHER, null, "text", -1, -1);
        }
        Match worst = null;
        for (SearchText.Query.Token t : query.tokens()) {
            Match m = best(entry, t.folded(), t.squashed());
            if (m == null) {
                return new Match(OTHER, null, "text", -1, -1);
            }
            if (worst == null || m.level() > worst.level()) {
                worst = m;
            }
        }
        return worst;
    }

    private static Match best(SearchEntry entry, String folded, String squashed) {
        Match best = null;
        for (SearchEntry.Field f : entry.fields()) {
            Match m = match(f, folded, squashed);
            if (m != null
                    && (best == null
                            || m.level() < best.level()
                            || (m.level() == best.level()
                                    && f.text().length() < best.field().text().length()))) {
                best = m;
            }
        }
        return best;
    }

    private static Match match(SearchEntry.Field f, String folded, String squashed) {
        boolean name = f.role() == SearchEntry.Role.NAME || f.role() == SearchEntry.Role.ALIAS;
        int at = folded.isEmpty() ? -1 : f.folded().indexOf(folded);
        boolean sameLength = f.folded().length() == f.text().length();
        if (!name) {
            if (at >= 0 || (!squashed.isEmpty() && f.squashed().contains(squashed))) {
                int level = f.role() == SearchEntry.Role.SUMMARY ? SUMMARY : INSTITUTION;
                return new Match(
                        level,
                        f,
                        f.role() == SearchEntry.Role.INSTITUTION ? "institution" : "text",
                        at >= 0 && sameLength ? at : -1,
                        at >= 0 && sameLength ? at + folded.length() : -1);
            }
            return null;
        }
        int exact = f.role() == SearchEntry.Role.NAME ? EXACT_NAME : EXACT_ALIAS;
        if (f.folded().equals(folded) || (!squashed.isEmpty() && f.squashed().equals(squashed))) {
            return new Match(
                    exact, f, "text", sameLength ? 0 : -1, sameLength ? f.text().length() : -1);
        }
        if (!squashed.isEmpty() && f.pinyin().contains(squashed)) {
            return new Match(exact, f, "pinyin", -1, -1);
        }
        if (at == 0 || (!squashed.isEmpty() && f.squashed().startsWith(squashed))) {
            return new Match(
                    PREFIX, f, "text", sameLength && at == 0 ? 0 : -1, sameLength && at == 0 ? folded.length() : -1);
        }
        if (!squashed.isEmpty() && f.pinyin().stream().anyMatch(p -> p.startsWith(squashed))) {
            return new Match(PREFIX, f, "pinyin", -1, -1);
        }
        if (at > 0 || (!squashed.isEmpty() && f.squashed().contains(squashed))) {
            return new Match(
                    PART, f, "text", at > 0 && sameLength ? at : -1, at > 0 && sameLength ? at + folded.length() : -1);
        }
        if (!squashed.isEmpty() && f.pinyin().stream().anyMatch(p -> p.contains(squashed))) {
            return new Match(PART, f, "pinyin", -1, -1);
        }
        return null;
    }
}
