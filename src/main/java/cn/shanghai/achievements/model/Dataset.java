package cn.shanghai.achievements.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every record of one dataset version, by kind: what a valid seed holds, what a release stores, and what the read
 * model is built from. Immutable.
 */
public record Dataset(
        List<Source> sources,
        List<Term> sectors,
        List<Term> categories,
        List<Term> milestoneTypes,
        List<Institution> institutions,
        List<Achievement> achievements,
        List<Indicator> indicators) {

    public Dataset {
        sources = List.copyOf(sources);
        sectors = List.copyOf(sectors);
        categories = List.copyOf(categories);
        milestoneTypes = List.copyOf(milestoneTypes);
        institutions = List.copyOf(institutions);
        achievements = List.copyOf(achievements);
        indicators = List.copyOf(indicators);
    }

    /** The records of one kind. */
    public List<? extends Record> of(RecordKind kind) {
        return switch (kind) {
            case SOURCE -> sources;
            case SECTOR -> sectors;
            case CATEGORY -> categories;
            case MILESTONE_TYPE -> milestoneTypes;
            case INSTITUTION -> institutions;
            case ACHIEVEMENT -> achievements;
            case INDICATOR -> indicators;
        };
    }

    /** How many records of each kind, by wire name. */
    public Map<String, Integer> counts() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (RecordKind k : RecordKind.values()) {
            out.put(k.wire, of(k).size());
        }
        return out;
    }

    /** The id of any record. */
    public static String id(Record r) {
        if (r instanceof Source s) {
            return s.id();
        } else if (r instanceof Term t) {
            return t.id();
        } else if (r instanceof Institution i) {
            return i.id();
        } else if (r instanceof Achievement a) {
            return a.id();
        } else if (r instanceof Indicator i) {
            return i.id();
        }
        throw new IllegalArgumentException(r.getClass().getName());
    }

    /** Collects records of every kind into a dataset. */
    public static final class Builder {
        private final Map<RecordKind, List<Record>> records = new LinkedHashMap<>();

        public Builder add(RecordKind kind, Record record) {
            records.computeIfAbsent(kind, k -> new ArrayList<>()).add(record);
            return this;
        }

        /** The records of a kind, in id order. */
        @SuppressWarnings("unchecked")
        private <T> List<T> list(RecordKind kind) {
            List<Record> of = new ArrayList<>(records.getOrDefault(kind, List.of()));
            of.sort(Comparator.comparing(Dataset::id));
            return (List<T>) (List<?>) of;
        }

        public Dataset build() {
            return new Dataset(
                    list(RecordKind.SOURCE),
                    list(RecordKind.SECTOR),
                    list(RecordKind.CATEGORY),
                    list(RecordKind.MILESTONE_TYPE),
                    list(RecordKind.INSTITUTION),
                    list(RecordKind.ACHIEVEMENT),
                    list(RecordKind.INDICATOR));
        }
    }
}
