package cn.shanghai.achievements.catalogue;

import cn.shanghai.achievements.common.PartialDate;
import cn.shanghai.achievements.model.Achievement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Date order that respects precision, written once: a milestone dated 2019 comes before one dated 2019-03, which
 * comes before 2019-03-05; within the same date, the order the record lists them in.
 */
public final class Chronology {

    private Chronology() {}

    private record Dated(Achievement.Milestone milestone, PartialDate date, int position) {}

    private static final Comparator<Dated> ORDER = Comparator.comparing(
                    (Dated d) -> d.date().start())
            .thenComparingInt(d -> d.date().text().length())
            .thenComparingInt(Dated::position);

    /** One record's milestones in date order. */
    public static List<Achievement.Milestone> order(List<Achievement.Milestone> milestones) {
        List<Dated> dated = new ArrayList<>(milestones.size());
        for (int i = 0; i < milestones.size(); i++) {
            dated.add(new Dated(
                    milestones.get(i), PartialDate.parse(milestones.get(i).date()), i));
        }
        dated.sort(ORDER);
        return dated.stream().map(Dated::milestone).toList();
    }

    /**
     * Whether a milestone has a date of its own to filter, facet and place it by, rather than the date of the document
     * that reports it ({@code undated}, {@code document-date}: "reported by then", not "happened then").
     */
    public static boolean isDated(Achievement.Milestone m) {
        return !Achievement.reportedBy(m.dateBasis());
    }

    /**
     * Every milestone of a release in date order, by index: by start, then precision, then the order of the records
     * (ids) and within a record its own order.
     */
    static int[] sortedIndices(Achievement.Milestone[] milestones, int[] from) {
        // the records' milestones are numbered in id order and each record's own order, so the index orders as
        // (record, position) does: start, precision and index as one long key each
        long[] keys = new long[milestones.length];
        for (int i = 0; i < keys.length; i++) {
            long precision = Math.min(15, milestones[i].date().length());
            keys[i] = ((((long) from[i] + 0x80000000L) << 32) | (precision << 28) | i) ^ Long.MIN_VALUE;
        }
        Arrays.sort(keys);
        int[] order = new int[keys.length];
        for (int k = 0; k < keys.length; k++) {
            order[k] = (int) (keys[k] & 0x0FFFFFFF);
        }
        return order;
    }
}
