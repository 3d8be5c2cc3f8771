package cn.shanghai.achievements.model;

import java.util.Locale;

/** The kinds of record a release holds, each stored as its own document and each with a stable wire name. */
public enum RecordKind {
    SOURCE(Source.class),
    SECTOR(Term.class),
    CATEGORY(Term.class),
    MILESTONE_TYPE(Term.class),
    INSTITUTION(Institution.class),
    ACHIEVEMENT(Achievement.class),
    INDICATOR(Indicator.class);

    public final Class<? extends Record> type;
    public final String wire;

    RecordKind(Class<? extends Record> type) {
        this.type = type;
        this.wire = name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static RecordKind ofWire(String wire) {
        for (RecordKind k : values()) {
            if (k.wire.equals(wire)) {
                return k;
            }
        }
        throw new IllegalArgumentException("no record kind '" + wire + "'");
    }
}
