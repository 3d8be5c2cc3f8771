package cn.shanghai.achievements.store;

import cn.shanghai.achievements.model.Dataset;
import cn.shanghai.achievements.model.RecordCodec;
import cn.shanghai.achievements.model.RecordKind;
import cn.shanghai.achievements.model.Release;
import cn.shanghai.achievements.model.ReleaseNotes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * The system of record: every release and every record revision, one JSON document each (see V6). Writes a new
 * release under the dataset state's row lock, so that concurrent instances record it once; reads back the records
 * of any release it holds. Bulk reads and writes go through JDBC; the state and release rows through Hibernate.
 */
@ApplicationScoped
public class RecordStore {

    private static final Logger LOG = Logger.getLogger(RecordStore.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final int BATCH = 500;
    static final int FETCH = 1000;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager em;

    /** Which release the database serves now: a cheap read, polled by every instance. */
    public record State(int releaseSeq, String version, String seedDigest, Instant loadedAt) {}

    /** What a write did: the release it made (or the one that stays current) and how many records changed. */
    public record Written(Release release, boolean created, int added, int updated, int removed) {}

    /** One record in its stored form. */
    record Stored(RecordKind kind, String id, String body, String hash) {

        String key() {
            return kind.wire + '\n' + id;
        }
    }

    public State state() {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "select release_seq, version, seed_digest, loaded_at from dataset_state where id = "
                                + DatasetState.ID)) {
            if (!r.next()) {
                return new State(0, "", "", null);
            }
            return new State(
                    r.getInt(1),
                    r.getString(2),
                    r.getString(3),
                    r.getTimestamp(4).toInstant());
        } catch (SQLException e) {
            throw new StoreException("the dataset state cannot be read", e);
        }
    }

    public Optional<Release> release(int seq) {
        return QuarkusTransaction.requiringNew()
                .call(() ->
                        Optional.ofNullable(em.find(ReleaseRecord.class, seq)).map(RecordStore::release));
    }

    /** Every release, newest first. */
    public List<Release> releases() {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery("from ReleaseRecord order by seq desc", ReleaseRecord.class)
                        .getResultStream()
                        .map(RecordStore::release)
                        .toList());
    }

    private static final int DECODE_CHUNK = 4096;

    private record Decoded(RecordKind kind, Record record) {}

    private static CompletableFuture<List<Decoded>> decode(List<String[]> rows) {
        return CompletableFuture.supplyAsync(() -> {
            List<Decoded> records = new ArrayList<>(rows.size());
            for (String[] row : rows) {
                RecordKind kind = RecordKind.ofWire(row[0]);
                records.add(new Decoded(kind, RecordCodec.read(kind, row[1])));
            }
            return records;
        });
    }

    /** Every record valid in the given release, read back into a dataset. */
    public Dataset load(int seq) {
        Dataset.Builder builder = new Dataset.Builder();
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            // PostgreSQL streams a result set only inside a transaction; H2 only when asked to (else it writes a result
            // this large to a temporary file first)
            c.setAutoCommit(false);
            boolean h2 = c.getMetaData().getDatabaseProductName().equals("H2");
            if (h2) {
                try (Statement lazy = c.createStatement()) {
                    lazy.execute("set lazy_query_execution true");
                }
            }
            // no order asked of the database (it would sort every body): the builder puts each kind in id order
            try (PreparedStatement s = c.prepareStatement(
                    "select kind, body from record_revision where valid_from <= ? and (valid_to is null or valid_to > ?)")) {
                s.setFetchSize(FETCH);
                s.setInt(1, seq);
                s.setInt(2, seq);
                try (ResultSet r = s.executeQuery()) {
                    // rows read here while the chunks read before are decoded on another core (in order, a few at a
                    // time)
                    Deque<CompletableFuture<List<Decoded>>> decoding = new ArrayDeque<>();
                    List<String[]> chunk = new ArrayList<>(DECODE_CHUNK);
                    while (r.next()) {
                        chunk.add(new String[] {r.getString(1), r.getString(2)});
                        if (chunk.size() == DECODE_CHUNK) {
                            decoding.add(decode(chunk));
                            chunk = new ArrayList<>(DECODE_CHUNK);
                            if (decoding.size() > 2) {
                                decoding.remove().join().forEach(d -> builder.add(d.kind(), d.record()));
                            }
                        }
                    }
                    decoding.add(decode(chunk));
                    while (!decoding.isEmpty()) {
                        decoding.remove().join().forEach(d -> builder.add(d.kind(), d.record()));
                    }
                }
            } finally {
                c.rollback();
                if (h2) {
                    try (Statement lazy = c.createStatement()) {
                        lazy.execute("set lazy_query_execution false");
                    }
                }
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StoreException("the records of release " + seq + " cannot be read", e);
        }
        return builder.build();
    }

    /**
     * Writes the dataset as a new release, unless it is the current one (the same seed files, or files that hold the
     * same records): under the state row's lock, in one transaction of at most {@code timeoutSeconds}. Only what
     * changed is written: new and changed records get a revision, changed and removed ones have theirs closed.
     */
    public Written write(String seedDigest, Dataset dataset, ReleaseNotes notes, int timeoutSeconds) {
        List<Stored> incoming = encode(dataset);
        return QuarkusTransaction.requiringNew().timeout(timeoutSeconds).call(() -> {
            DatasetState state = lockState();
            if (state.releaseSeq > 0 && seedDigest.equals(state.seedDigest)) {
                return new Written(current(state), false, 0, 0, 0);
            }
            try (Connection c = dataSource.getConnection()) {
                Map<String, String> held = currentHashes(c);
                List<Stored> added = new ArrayList<>();
                List<Stored> updated = new ArrayList<>();
                Map<String, String> removed = new HashMap<>(held);
                for (Stored s : incoming) {
                    String hash = removed.remove(s.key());
                    if (hash == null) {
                        added.add(s);
                    } else if (!hash.equals(s.hash())) {
                        updated.add(s);
                    }
                }
                if (state.releaseSeq > 0 && added.isEmpty() && updated.isEmpty() && removed.isEmpty()) {
                    // other files, the same records: no new release
                    state.seedDigest = seedDigest;
                    return new Written(current(state), false, 0, 0, 0);
                }
                int seq = state.releaseSeq + 1;
                close(c, seq, updated, removed.keySet());
                replaced(c, seq, removed.keySet(), notes.replacedBy());
                insert(c, seq, added, updated);
                ReleaseRecord release = new ReleaseRecord();
                release.seq = seq;
                release.version = version(incoming);
                release.publishedAt = Instant.now();
                release.counts = json(dataset.counts());
                release.notes = notes.notes();
                em.persist(release);
                state.releaseSeq = seq;
                state.version = release.version;
                state.loadedAt = release.publishedAt;
                state.seedDigest = seedDigest;
                em.flush();
                return new Written(release(release), true, added.size(), updated.size(), removed.size());
            }
        });
    }

    /** Fresh planner statistics after a large write (PostgreSQL plans the first reads after a load badly without). */
    public void analyze() {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("analyze");
        } catch (SQLException e) {
            LOG.debugf("analyze is not available here: %s", e.getMessage());
        }
    }

    /**
     * The state row, locked until the transaction ends, so that concurrent loaders take turns: a plain FOR UPDATE, the
     * same row lock on PostgreSQL and on H2 (Hibernate's PostgreSQL form, FOR NO KEY UPDATE, is not H2's).
     */
    private DatasetState lockState() {
        em.createNativeQuery("select id from dataset_state where id = " + DatasetState.ID + " for update")
                .getSingleResult();
        DatasetState state = em.find(DatasetState.class, DatasetState.ID);
        em.refresh(state);
        return state;
    }

    private Release current(DatasetState state) {
        ReleaseRecord r = em.find(ReleaseRecord.class, state.releaseSeq);
        return release(r);
    }

    private static List<Stored> encode(Dataset dataset) {
        List<Stored> out = new ArrayList<>();
        for (RecordKind kind : RecordKind.values()) {
            for (Record r : dataset.of(kind)) {
                String body = RecordCodec.write(r);
                out.add(new Stored(kind, Dataset.id(r), body, RecordCodec.hash(body)));
            }
        }
        return out;
    }

    /** The dataset version: a hash of every record's kind, id and hash, in a fixed order. */
    static String version(List<Stored> records) {
        TreeMap<String, String> sorted = new TreeMap<>();
        records.forEach(s -> sorted.put(s.key(), s.hash()));
        StringBuilder b = new StringBuilder(records.size() * 100);
        sorted.forEach((k, h) -> b.append(k).append('\n').append(h).append('\n'));
        return RecordCodec.hash(b.toString()).substring(0, 16);
    }

    private static Map<String, String> currentHashes(Connection c) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement s =
                c.prepareStatement("select kind, id, hash from record_revision where valid_to is null")) {
            s.setFetchSize(FETCH);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1) + '\n' + r.getString(2), r.getString(3));
                }
            }
        }
        return out;
    }

    private static void close(Connection c, int seq, List<Stored> updated, Iterable<String> removedKeys)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "update record_revision set valid_to = ? where kind = ? and id = ? and valid_to is null")) {
            int pending = 0;
            List<String> keys = new ArrayList<>();
            updated.forEach(u -> keys.add(u.key()));
            removedKeys.forEach(keys::add);
            for (String key : keys) {
                int nl = key.indexOf('\n');
                s.setInt(1, seq);
                s.setString(2, key.substring(0, nl));
                s.setString(3, key.substring(nl + 1));
                s.addBatch();
                if (++pending == BATCH) {
                    s.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                s.executeBatch();
            }
        }
    }

    /** Marks the revisions a release closed for records merged into others with the record that replaced each. */
    private static void replaced(
            Connection c, int seq, java.util.Set<String> removedKeys, Map<String, String> replacedBy)
            throws SQLException {
        if (replacedBy.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
                "update record_revision set replaced_by = ? where kind = ? and id = ? and valid_to = ?")) {
            for (Map.Entry<String, String> e : replacedBy.entrySet()) {
                int slash = e.getKey().indexOf('/');
                String key = e.getKey().substring(0, slash) + '\n' + e.getKey().substring(slash + 1);
                if (!removedKeys.contains(key)) {
                    continue; // removed in an earlier release: its tombstone keeps what it said then
                }
                s.setString(1, e.getValue());
                s.setString(2, e.getKey().substring(0, slash));
                s.setString(3, e.getKey().substring(slash + 1));
                s.setInt(4, seq);
                s.executeUpdate();
            }
        }
    }

    private static void insert(Connection c, int seq, List<Stored> added, List<Stored> updated) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "insert into record_revision (kind, id, valid_from, hash, body) values (?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (List<Stored> group : List.of(added, updated)) {
                for (Stored r : group) {
                    s.setString(1, r.kind().wire);
                    s.setString(2, r.id());
                    s.setInt(3, seq);
                    s.setString(4, r.hash());
                    s.setString(5, r.body());
                    s.addBatch();
                    if (++pending == BATCH) {
                        s.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                s.executeBatch();
            }
        }
    }

    private static Release release(ReleaseRecord r) {
        try {
            Map<String, Integer> counts =
                    JSON.readValue(r.counts, new TypeReference<LinkedHashMap<String, Integer>>() {});
            return new Release(r.seq, r.version, r.publishedAt, counts, r.notes);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
