package cn.shanghai.achievements.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The JPQL predicate of a text query over precomputed keys: every token in the folded key or in the squashed key. */
public final class SearchClause {

    private SearchClause() {}

    /** A predicate over {@code alias.searchText} and {@code alias.searchSquash}; its parameters go into {@code params}. */
    public static String jpql(String alias, SearchText.Query query, Map<String, Object> params) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        for (SearchText.Query.Token t : query.tokens()) {
            String f = "qf" + i;
            params.put(f, SearchText.containsPattern(t.folded()));
            String clause = alias + ".searchText like :" + f + " escape '\\'";
            if (!t.squashed().isEmpty()) {
                String s = "qs" + i;
                params.put(s, SearchText.containsPattern(t.squashed()));
                clause = "(" + clause + " or " + alias + ".searchSquash like :" + s + " escape '\\')";
            }
            parts.add(clause);
            i++;
        }
        return parts.isEmpty() ? "1 = 1" : String.join(" and ", parts);
    }
}
