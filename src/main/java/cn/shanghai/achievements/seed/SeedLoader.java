package cn.shanghai.achievements.seed;

import cn.shanghai.achievements.catalogue.Catalogues;
import cn.shanghai.achievements.store.RecordStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Loads the seed at start-up, before the read model is built: read the files, and unless the database already holds
 * what they wrote, validate them completely and write them as a new release (only the records that changed). An
 * invalid seed changes nothing: the instance starts, serves what the database holds, and reports not ready.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    /** Start-up order: the seed is written before the read model is built from the database. */
    static final int STARTUP_PRIORITY = Catalogues.STARTUP_PRIORITY - 100;

    @Inject
    SeedConfig config;

    @Inject
    RecordStore store;

    @Inject
    SeedStatus status;

    @Inject
    MeterRegistry metrics;

    /** What a load did. */
    public record Report(String version, int release, boolean written, int added, int updated, int removed) {}

    void onStart(@Observes @Priority(STARTUP_PRIORITY) StartupEvent event) {
        start(config.location());
    }

    /** Loads the seed as start-up does: an invalid seed is logged and recorded, and changes nothing. */
    public void start(String location) {
        try {
            load(location);
            status.loaded();
        } catch (SeedException e) {
            // nothing was written: the database keeps what it had, and this instance reports not ready
            LOG.error(e.getMessage());
            status.failed(e.problems());
        }
    }

    /** Reads, validates and writes the seed at the location; throws {@link SeedException} and writes nothing if it is invalid. */
    public Report load(String location) {
        long started = System.nanoTime();
        try {
            Map<String, byte[]> files = SeedReader.files(location);
            String digest = SeedReader.digest(files);
            RecordStore.State held = store.state();
            if (held.releaseSeq() > 0 && digest.equals(held.seedDigest())) {
                // the database holds exactly what these files wrote: nothing to parse, check or write
                LOG.infof(
                        "Seed from %s: release %d (%s) already in the database, in %d ms",
                        location, held.releaseSeq(), held.version(), (System.nanoTime() - started) / 1_000_000);
                record("unchanged", started);
                return new Report(held.version(), held.releaseSeq(), false, 0, 0, 0);
            }
            long read = System.nanoTime();
            Seed seed = SeedValidator.validate(SeedReader.parse(files, digest));
            long checked = System.nanoTime();
            RecordStore.Written w =
                    store.write(digest, seed.dataset(), seed.release(), config.transactionTimeoutSeconds());
            if (w.created() && w.added() + w.updated() + w.removed() > 1000) {
                store.analyze();
            }
            LOG.infof(
                    "Seed from %s: release %d (%s) %s (%d added, %d updated, %d removed) in %d ms"
                            + " (files read in %d ms, parsed and validated in %d ms, written in %d ms)",
                    location,
                    w.release().seq(),
                    w.release().version(),
                    w.created() ? "written" : "already in the database",
                    w.added(),
                    w.updated(),
                    w.removed(),
                    (System.nanoTime() - started) / 1_000_000,
                    (read - started) / 1_000_000,
                    (checked - read) / 1_000_000,
                    (System.nanoTime() - checked) / 1_000_000);
            record(w.created() ? "written" : "unchanged", started);
            return new Report(
                    w.release().version(), w.release().seq(), w.created(), w.added(), w.updated(), w.removed());
        } catch (SeedException e) {
            record("invalid", started);
            throw e;
        } catch (RuntimeException e) {
            record("failed", started);
            throw e;
        }
    }

    private void record(String outcome, long started) {
        metrics.timer("catalogue.seed.load", "outcome", outcome)
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }
}
