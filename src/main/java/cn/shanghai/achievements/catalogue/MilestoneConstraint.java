package cn.shanghai.achievements.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The rule that the milestone filters apply to one and the same milestone: its type is one of those asked for, and
 * its own interval of days overlaps [from, to] (either end open). Written once, in the two forms it is used in: a
 * Lucene query over the range fields each dated milestone is indexed with, and a test of one milestone, for the
 * facets and the timeline that count milestones rather than achievements.
 */
record MilestoneConstraint(Set<String> types, LocalDate from, LocalDate to) {

    static final String TYPE_FIELD = "ms_type";
    static final String RANGE_FIELD = "ms_range";

    static String rangeField(String type) {
        return RANGE_FIELD + ":" + type;
    }

    boolean dated() {
        return from != null || to != null;
    }

    boolean constrains() {
        return !types.isEmpty() || dated();
    }

    MilestoneConstraint withoutTypes() {
        return new MilestoneConstraint(Set.of(), from, to);
    }

    MilestoneConstraint withoutDates() {
        return new MilestoneConstraint(types, null, null);
    }

    /** Achievements with a milestone that meets the constraint, or null when it constrains nothing. */
    Query query() {
        if (!constrains()) {
            return null;
        }
        if (!dated()) {
            List<BytesRef> terms = new ArrayList<>();
            types.forEach(t -> terms.add(new BytesRef(t)));
            return new TermInSetQuery(TYPE_FIELD, terms);
        }
        int[] min = {from == null ? Integer.MIN_VALUE : (int) from.toEpochDay()};
        int[] max = {to == null ? Integer.MAX_VALUE : (int) to.toEpochDay()};
        if (types.isEmpty()) {
            return IntRange.newIntersectsQuery(RANGE_FIELD, min, max);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String t : types) {
            any.add(IntRange.newIntersectsQuery(rangeField(t), min, max), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    /** Whether one milestone meets the constraint; an undated milestone (no interval) meets no date constraint. */
    boolean test(String type, boolean dated, int fromDay, int toDay) {
        if (!types.isEmpty() && !types.contains(type)) {
            return false;
        }
        if (!dated()) {
            return true;
        }
        return dated && (to == null || fromDay <= to.toEpochDay()) && (from == null || toDay >= from.toEpochDay());
    }

    static Term type(String type) {
        return new Term(TYPE_FIELD, type);
    }
}
