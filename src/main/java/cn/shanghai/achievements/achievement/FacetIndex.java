package cn.shanghai.achievements.achievement;

import cn.shanghai.achievements.caching.DatasetVersionSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * What facets count, for every achievement, in compact arrays: category, sector, linked institutions, and each
 * milestone's type and dates. Read in three column queries once per dataset version, it answers any filter's
 * facets by counting in memory, where grouped queries over the link and milestone tables took seconds at 100,000
 * records. A filter with a text query takes its matches from the database, which owns full-text matching.
 */
@ApplicationScoped
public class FacetIndex {

    private static final Logger LOG = Logger.getLogger(FacetIndex.class);

    @Inject
    AchievementRepository repository;

    @Inject
    DatasetVersionSource versions;

    private volatile Snapshot snapshot;

    /** The counts of one filter's matches; {@link #linkedToAny} counts for an institution and those below it. */
    public record Counts(
            long total,
            Map<String, Long> category,
            Map<String, Long> sector,
            Map<String, Long> milestone,
            Map<String, Long> year,
            Map<String, Long> institution,
            BitSet matches,
            Snapshot snapshot) {

        /** How many matches are linked to any of the given institutions. */
        public long linkedToAny(Set<String> institutions) {
            return snapshot.linkedToAny(matches, institutions);
        }
    }

    /** Counts the filter's matches; the filter's institutions are already widened to their descendants. */
    public Counts count(AchievementFilter filter) {
        Snapshot s = current();
        BitSet matches = filter.q() != null ? s.indexes(repository.ids(filter)) : s.matching(filter);
        return s.count(filter, matches);
    }

    private Snapshot current() {
        String version = versions.currentVersion().orElse("");
        Snapshot s = snapshot;
        if (s != null && s.version.equals(version)) {
            return s;
        }
        synchronized (this) {
            s = snapshot;
            if (s == null || !s.version.equals(version)) {
                long started = System.nanoTime();
                s = QuarkusTransaction.requiringNew().call(() -> Snapshot.read(version, repository));
                snapshot = s;
                LOG.infof(
                        "Facet index for dataset %s: %d achievements in %d ms",
                        version, s.ids.length, (System.nanoTime() - started) / 1_000_000);
            }
            return s;
        }
    }

    /** One dataset version's facet data: achievement i's values at position i of each array. */
    static final class Snapshot {
        final String version;
        final String[] ids;
        private final Map<String, Integer> position;
        private final String[] categoryNames;
        private final String[] sectorNames;
        private final String[] institutionNames;
        private final String[] typeNames;
        private final int[] category;
        private final int[] sector;
        /** The links of achievement i are linkInstitution[linkStart[i]] up to, not including, linkInstitution[linkStart[i + 1]]. */
        private final int[] linkStart;

        private final int[] linkInstitution;
        /** Likewise its milestones, from milestoneStart[i]. */
        private final int[] milestoneStart;

        private final int[] milestoneType;
        /** Epoch days of the first and last day each milestone's date covers, and the first day's year. */
        private final int[] milestoneFrom;

        private final int[] milestoneTo;
        private final int[] milestoneYear;

        private Snapshot(
                String version,
                String[] ids,
                Map<String, Integer> position,
                Dictionary categories,
                Dictionary sectors,
                Dictionary institutions,
                Dictionary types,
                int[] category,
                int[] sector,
                int[] linkStart,
                int[] linkInstitution,
                int[] milestoneStart,
                int[] milestoneType,
                int[] milestoneFrom,
                int[] milestoneTo,
                int[] milestoneYear) {
            this.version = version;
            this.ids = ids;
            this.position = position;
            this.categoryNames = categories.names();
            this.sectorNames = sectors.names();
            this.institutionNames = institutions.names();
            this.typeNames = types.names();
            this.category = category;
            this.sector = sector;
            this.linkStart = linkStart;
            this.linkInstitution = linkInstitution;
            this.milestoneStart = milestoneStart;
            this.milestoneType = milestoneType;
            this.milestoneFrom = milestoneFrom;
            this.milestoneTo = milestoneTo;
            this.milestoneYear = milestoneYear;
        }

        static Snapshot read(String version, AchievementRepository repository) {
            List<String> idList = new ArrayList<>();
            Map<String, Integer> position = new HashMap<>();
            Dictionary categories = new Dictionary();
            Dictionary sectors = new Dictionary();
            IntList category = new IntList();
            IntList sector = new IntList();
            try (Stream<Object[]> rows = repository.facetRows()) {
                rows.forEach(r -> {
                    position.put((String) r[0], idList.size());
                    idList.add((String) r[0]);
                    category.add(categories.code((String) r[1]));
                    sector.add(sectors.code((String) r[2]));
                });
            }
            int n = idList.size();
            Dictionary institutions = new Dictionary();
            IntList linkOwner = new IntList();
            IntList linkInstitution = new IntList();
            try (Stream<Object[]> rows = repository.facetLinks()) {
                rows.forEach(r -> {
                    Integer owner = position.get((String) r[0]);
                    if (owner != null) {
                        linkOwner.add(owner);
                        linkInstitution.add(institutions.code((String) r[1]));
                    }
                });
            }
            Dictionary types = new Dictionary();
            IntList milestoneOwner = new IntList();
            IntList milestoneType = new IntList();
            IntList milestoneFrom = new IntList();
            IntList milestoneTo = new IntList();
            IntList milestoneYear = new IntList();
            try (Stream<Object[]> rows = repository.facetMilestones()) {
                rows.forEach(r -> {
                    Integer owner = position.get((String) r[0]);
                    if (owner != null) {
                        milestoneOwner.add(owner);
                        milestoneType.add(types.code((String) r[1]));
                        milestoneFrom.add((int) ((LocalDate) r[2]).toEpochDay());
                        milestoneTo.add((int) ((LocalDate) r[3]).toEpochDay());
                        milestoneYear.add(((LocalDate) r[2]).getYear());
                    }
                });
            }
            int[] linkStart = new int[n + 1];
            int[] linkOrder = Grouping.byOwner(linkOwner.toArray(), n, linkStart);
            int[] milestoneStart = new int[n + 1];
            int[] milestoneOrder = Grouping.byOwner(milestoneOwner.toArray(), n, milestoneStart);
            return new Snapshot(
                    version,
                    idList.toArray(String[]::new),
                    position,
                    categories,
                    sectors,
                    institutions,
                    types,
                    category.toArray(),
                    sector.toArray(),
                    linkStart,
                    Grouping.permute(linkInstitution.toArray(), linkOrder),
                    milestoneStart,
                    Grouping.permute(milestoneType.toArray(), milestoneOrder),
                    Grouping.permute(milestoneFrom.toArray(), milestoneOrder),
                    Grouping.permute(milestoneTo.toArray(), milestoneOrder),
                    Grouping.permute(milestoneYear.toArray(), milestoneOrder));
        }

        /** Positions of the given ids (ids unknown to this snapshot are left out). */
        BitSet indexes(List<String> matched) {
            BitSet b = new BitSet(ids.length);
            for (String id : matched) {
                Integer i = position.get(id);
                if (i != null) {
                    b.set(i);
                }
            }
            return b;
        }

        /** The achievements the filter (without a text query) selects, as the list's query does. */
        BitSet matching(AchievementFilter f) {
            BitSet categories = codes(categoryNames, f.categories());
            BitSet sectors = codes(sectorNames, f.sectors());
            BitSet institutions = codes(institutionNames, f.institutions());
            BitSet types = codes(typeNames, f.milestoneTypes());
            BitSet b = new BitSet(ids.length);
            for (int i = 0; i < ids.length; i++) {
                if ((categories == null || categories.get(category[i]))
                        && (sectors == null || sectors.get(sector[i]))
                        && (institutions == null || linkedTo(i, institutions))
                        && (!f.hasMilestoneConstraint() || anyMilestone(i, f, types))) {
                    b.set(i);
                }
            }
            return b;
        }

        Counts count(AchievementFilter f, BitSet matches) {
            Map<String, Long> byCategory = new HashMap<>();
            Map<String, Long> bySector = new HashMap<>();
            Map<String, Long> byType = new HashMap<>();
            Map<String, Long> byYear = new HashMap<>();
            Map<String, Long> byInstitution = new HashMap<>();
            BitSet types = codes(typeNames, f.milestoneTypes());
            Set<Integer> seenTypes = new HashSet<>();
            Set<Integer> seenYears = new HashSet<>();
            Set<Integer> seenInstitutions = new HashSet<>();
            for (int i = matches.nextSetBit(0); i >= 0; i = matches.nextSetBit(i + 1)) {
                byCategory.merge(categoryNames[category[i]], 1L, Long::sum);
                bySector.merge(sectorNames[sector[i]], 1L, Long::sum);
                seenTypes.clear();
                seenYears.clear();
                for (int m = milestoneStart[i]; m < milestoneStart[i + 1]; m++) {
                    if (milestoneCounts(m, f, types)) {
                        seenTypes.add(milestoneType[m]);
                        seenYears.add(milestoneYear[m]);
                    }
                }
                seenTypes.forEach(t -> byType.merge(typeNames[t], 1L, Long::sum));
                seenYears.forEach(y -> byYear.merge(String.valueOf(y), 1L, Long::sum));
                seenInstitutions.clear();
                for (int l = linkStart[i]; l < linkStart[i + 1]; l++) {
                    if (seenInstitutions.add(linkInstitution[l])) {
                        byInstitution.merge(institutionNames[linkInstitution[l]], 1L, Long::sum);
                    }
                }
            }
            return new Counts(
                    matches.cardinality(), byCategory, bySector, byType, byYear, byInstitution, matches, this);
        }

        long linkedToAny(BitSet matches, Set<String> institutions) {
            BitSet wanted = codes(institutionNames, List.copyOf(institutions));
            long n = 0;
            for (int i = matches.nextSetBit(0); i >= 0; i = matches.nextSetBit(i + 1)) {
                if (linkedTo(i, wanted)) {
                    n++;
                }
            }
            return n;
        }

        private boolean linkedTo(int i, BitSet institutions) {
            for (int l = linkStart[i]; l < linkStart[i + 1]; l++) {
                if (institutions.get(linkInstitution[l])) {
                    return true;
                }
            }
            return false;
        }

        private boolean anyMilestone(int i, AchievementFilter f, BitSet types) {
            for (int m = milestoneStart[i]; m < milestoneStart[i + 1]; m++) {
                if (milestoneCounts(m, f, types)) {
                    return true;
                }
            }
            return false;
        }

        /** The filter's milestone constraint on one milestone: its type, and an interval that meets [from, to]. */
        private boolean milestoneCounts(int m, AchievementFilter f, BitSet types) {
            return (types == null || types.get(milestoneType[m]))
                    && (f.to() == null || milestoneFrom[m] <= f.to().toEpochDay())
                    && (f.from() == null || milestoneTo[m] >= f.from().toEpochDay());
        }

        /** The codes of the given values, or null when the filter does not constrain this dimension. */
        private static BitSet codes(String[] names, List<String> values) {
            if (values.isEmpty()) {
                return null;
            }
            Set<String> wanted = new HashSet<>(values);
            BitSet b = new BitSet(names.length);
            for (int c = 0; c < names.length; c++) {
                if (wanted.contains(names[c])) {
                    b.set(c);
                }
            }
            return b;
        }
    }

    /** Small integer codes for the distinct values of one dimension. */
    private static final class Dictionary {
        private final Map<String, Integer> codes = new HashMap<>();
        private final List<String> names = new ArrayList<>();

        int code(String value) {
            return codes.computeIfAbsent(value, v -> {
                names.add(v);
                return names.size() - 1;
            });
        }

        String[] names() {
            return names.toArray(String[]::new);
        }
    }

    /** A growable int array. */
    private static final class IntList {
        private int[] values = new int[1024];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /** Groups rows by their owner (a counting sort), so that each owner's rows are contiguous. */
    static final class Grouping {
        private Grouping() {}

        /** The rows' order grouped by owner; fills start[o] with where owner o's rows begin (start[owners] = rows). */
        static int[] byOwner(int[] owner, int owners, int[] start) {
            for (int o : owner) {
                start[o + 1]++;
            }
            for (int o = 0; o < owners; o++) {
                start[o + 1] += start[o];
            }
            int[] next = Arrays.copyOf(start, owners);
            int[] order = new int[owner.length];
            for (int row = 0; row < owner.length; row++) {
                order[next[owner[row]]++] = row;
            }
            return order;
        }

        static int[] permute(int[] values, int[] order) {
            int[] out = new int[order.length];
            for (int i = 0; i < order.length; i++) {
                out[i] = values[order[i]];
            }
            return out;
        }
    }
}
