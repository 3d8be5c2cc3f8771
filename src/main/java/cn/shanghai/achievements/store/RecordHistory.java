package cn.shanghai.achievements.store;

import cn.shanghai.achievements.model.RecordKind;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * What the revisions say about time: when each record was created, last changed and removed (and by what it was
 * replaced), what changed between two releases, the change feed, and the records of any release as stored. Every
 * answer is a query over record_revision (V6): a revision is valid from the release that wrote it until the one that
 * changed or removed it.
 */
@ApplicationScoped
public class RecordHistory {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    /** A record's place in time as of a release. */
    public record History(int createdIn, int updatedIn) {}

    /** A record no longer in a release: the release that removed it and, for a merge, the record that replaced it. */
    public record Tombstone(int removedIn, String replacedBy) {}

    /** Both, by kind and id, as of one release. */
    public record Timeline(Map<String, History> live, Map<String, Tombstone> removed) {

        public static String key(RecordKind kind, String id) {
            return kind.wire + '\n' + id;
        }

        public History of(RecordKind kind, String id) {
            return live.get(key(kind, id));
        }

        public Tombstone tombstone(RecordKind kind, String id) {
            return removed.get(key(kind, id));
        }
    }

    /** One change: a record created, updated or deleted in a release, with the fields that changed. */
    public record Change(
            int release,
            RecordKind kind,
            String id,
            String change,
            List<String> fields,
            String replacedBy,
            JsonNode record) {}

    /** When every record of a release was created and last changed, and which records were removed by then. */
    public Timeline timeline(int seq) {
        Map<String, History> live = new HashMap<>();
        Map<String, int[]> created = new HashMap<>();
        Map<String, Tombstone> removed = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select kind, id, valid_from, valid_to, replaced_by from record_revision where valid_from <= ?")) {
            s.setFetchSize(RecordStore.FETCH);
            s.setInt(1, seq);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String key = r.getString(1) + '\n' + r.getString(2);
                    int from = r.getInt(3);
                    int to = r.getInt(4);
                    boolean open = r.wasNull() || to > seq;
                    created.merge(key, new int[] {from}, (a, b) -> a[0] <= b[0] ? a : b);
                    if (open) {
                        live.put(key, new History(0, from));
                    } else {
                        Tombstone t = removed.get(key);
                        if (t == null || t.removedIn() < to) {
                            removed.put(key, new Tombstone(to, r.getString(5)));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("the history of release " + seq + " cannot be read", e);
        }
        live.replaceAll((k, h) -> new History(created.get(k)[0], h.updatedIn()));
        removed.keySet().removeAll(live.keySet());
        return new Timeline(live, removed);
    }

    /**
     * The feed: every change in the releases after {@code since} up to {@code upTo}, in order of release, kind and id,
     * from just after the cursor (a release, kind and id; null: from the start), at most {@code limit}.
     */
    public List<Change> feed(int since, int upTo, Cursor after, int limit) {
        Cursor from = after == null ? new Cursor(since, "", "") : after;
        List<Change> puts = puts(since, upTo, from, limit);
        List<Change> deletes = deletes(since, upTo, from, limit);
        List<Change> all = new ArrayList<>(puts.size() + deletes.size());
        all.addAll(puts);
        all.addAll(deletes);
        all.sort((a, b) -> Cursor.of(a).compareTo(Cursor.of(b)));
        return all.size() > limit ? List.copyOf(all.subList(0, limit)) : all;
    }

    /** Where a page of the feed ends: the release, kind and id of its last change. */
    public record Cursor(int release, String kind, String id) implements Comparable<Cursor> {

        static Cursor of(Change c) {
            return new Cursor(c.release(), c.kind().wire, c.id());
        }

        @Override
        public int compareTo(Cursor o) {
            int r = Integer.compare(release, o.release);
            if (r != 0) {
                return r;
            }
            int k = kind.compareTo(o.kind);
            return k != 0 ? k : id.compareTo(o.id);
        }
    }

    private static final String AFTER = " and (%1$s > ? or (%1$s = ? and (o.kind > ? or (o.kind = ? and o.id > ?))))";

    private static void keyset(PreparedStatement s, int at, Cursor c) throws SQLException {
        s.setInt(at, c.release());
        s.setInt(at + 1, c.release());
        s.setString(at + 2, c.kind());
        s.setString(at + 3, c.kind());
        s.setString(at + 4, c.id());
    }

    /** Records created or updated: a revision that starts in the range (with the one it replaced, if any). */
    private List<Change> puts(int since, int upTo, Cursor after, int limit) {
        String sql = "select o.valid_from, o.kind, o.id, o.body, p.body from record_revision o"
                + " left join record_revision p on p.kind = o.kind and p.id = o.id and p.valid_to = o.valid_from"
                + " where o.valid_from > ? and o.valid_from <= ?" + AFTER.formatted("o.valid_from")
                + " order by o.valid_from, o.kind, o.id";
        List<Change> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(1, since);
            s.setInt(2, upTo);
            keyset(s, 3, after);
            s.setMaxRows(limit);
            s.setFetchSize(Math.min(limit, RecordStore.FETCH));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    JsonNode now = tree(r.getString(4));
                    String before = r.getString(5);
                    out.add(new Change(
                            r.getInt(1),
                            RecordKind.ofWire(r.getString(2)),
                            r.getString(3),
                            before == null ? "created" : "updated",
                            before == null ? fields(null, now) : fields(tree(before), now),
                            null,
                            now));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("the changes after release " + since + " cannot be read", e);
        }
        return out;
    }

    /** Records deleted: a revision that ends in the range with no revision starting where it ends. */
    private List<Change> deletes(int since, int upTo, Cursor after, int limit) {
        String sql = "select o.valid_to, o.kind, o.id, o.replaced_by from record_revision o"
                + " where o.valid_to > ? and o.valid_to <= ?" + AFTER.formatted("o.valid_to")
                + " and not exists (select 1 from record_revision n where n.kind = o.kind and n.id = o.id"
                + " and n.valid_from = o.valid_to)"
                + " order by o.valid_to, o.kind, o.id";
        List<Change> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(1, since);
            s.setInt(2, upTo);
            keyset(s, 3, after);
            s.setMaxRows(limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new Change(
                            r.getInt(1),
                            RecordKind.ofWire(r.getString(2)),
                            r.getString(3),
                            "deleted",
                            List.of(),
                            r.getString(4),
                            null));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("the deletions after release " + since + " cannot be read", e);
        }
        return out;
    }

    /**
     * What differs between two releases, record by record: created (not in {@code from}, in {@code to}), updated (in
     * both, different) or deleted (in {@code from}, not in {@code to}), with the fields that differ; in order of kind
     * and id. The records themselves are left out (the feed carries them).
     */
    public List<Change> between(int from, int to) {
        record Revision(int from, Integer to, String hash, String body, String replacedBy) {}
        Map<String, Revision[]> touched = new TreeMap<>();
        String sql = "select kind, id, valid_from, valid_to, hash, body, replaced_by from record_revision"
                + " where (valid_from > ? and valid_from <= ?) or (valid_to > ? and valid_to <= ?)";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(1, from);
            s.setInt(2, to);
            s.setInt(3, from);
            s.setInt(4, to);
            s.setFetchSize(RecordStore.FETCH);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    int vf = r.getInt(3);
                    int vt = r.getInt(4);
                    Integer validTo = r.wasNull() ? null : vt;
                    Revision rev = new Revision(vf, validTo, r.getString(5), r.getString(6), r.getString(7));
                    Revision[] pair =
                            touched.computeIfAbsent(r.getString(1) + '\n' + r.getString(2), k -> new Revision[2]);
                    if (vf <= from && (validTo == null || validTo > from)) {
                        pair[0] = rev;
                    }
                    if (vf <= to && (validTo == null || validTo > to)) {
                        pair[1] = rev;
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("the changes between releases " + from + " and " + to + " cannot be read", e);
        }
        List<Change> out = new ArrayList<>();
        for (Map.Entry<String, Revision[]> e : touched.entrySet()) {
            Revision before = e.getValue()[0];
            Revision after = e.getValue()[1];
            int nl = e.getKey().indexOf('\n');
            RecordKind kind = RecordKind.ofWire(e.getKey().substring(0, nl));
            String id = e.getKey().substring(nl + 1);
            if (before == null && after != null) {
                out.add(new Change(after.from(), kind, id, "created", fields(null, tree(after.body())), null, null));
            } else if (before != null && after == null) {
                out.add(new Change(before.to(), kind, id, "deleted", List.of(), before.replacedBy(), null));
            } else if (before != null && !before.hash().equals(after.hash())) {
                out.add(new Change(
                        after.from(),
                        kind,
                        id,
                        "updated",
                        fields(tree(before.body()), tree(after.body())),
                        null,
                        null));
            }
        }
        return out;
    }

    /** Every record of a release as stored (kind, id, document), in order of kind and id, to a consumer. */
    public void records(int seq, Consumer<Change> each) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("select kind, id, body, valid_from from record_revision"
                    + " where valid_from <= ? and (valid_to is null or valid_to > ?) order by kind, id")) {
                s.setFetchSize(RecordStore.FETCH);
                s.setInt(1, seq);
                s.setInt(2, seq);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        each.accept(new Change(
                                r.getInt(4),
                                RecordKind.ofWire(r.getString(1)),
                                r.getString(2),
                                "current",
                                List.of(),
                                null,
                                tree(r.getString(3))));
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StoreException("the records of release " + seq + " cannot be read", e);
        }
    }

    /** The top-level fields that differ (every field of a new record). */
    static List<String> fields(JsonNode before, JsonNode after) {
        Set<String> names = new LinkedHashSet<>();
        if (after != null) {
            after.fieldNames().forEachRemaining(names::add);
        }
        if (before != null) {
            before.fieldNames().forEachRemaining(names::add);
        }
        if (before == null) {
            return List.copyOf(names);
        }
        List<String> changed = new ArrayList<>();
        for (Iterator<String> it = names.iterator(); it.hasNext(); ) {
            String n = it.next();
            JsonNode a = before.get(n);
            JsonNode b = after == null ? null : after.get(n);
            if (!Objects.equals(nullIfNull(a), nullIfNull(b))) {
                changed.add(n);
            }
        }
        return changed;
    }

    private static JsonNode nullIfNull(JsonNode n) {
        return n == null || n.isNull() ? null : n;
    }

    private static JsonNode tree(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored record cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
