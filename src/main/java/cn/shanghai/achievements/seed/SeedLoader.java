package cn.shanghai.achievements.seed;

import cn.shanghai.achievements.achievement.AchievementDraft;
import cn.shanghai.achievements.achievement.AchievementService;
import cn.shanghai.achievements.indicator.IndicatorService;
import cn.shanghai.achievements.institution.InstitutionDraft;
import cn.shanghai.achievements.institution.InstitutionService;
import cn.shanghai.achievements.meta.DatasetState;
import cn.shanghai.achievements.meta.DatasetStates;
import cn.shanghai.achievements.meta.DatasetStatus;
import cn.shanghai.achievements.source.SourceService;
import cn.shanghai.achievements.vocabulary.VocabularyService;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Loads the seed at start-up through the domain services: read, validate completely, then write in one
 * transaction under a lock on the dataset state row. A database that already holds this seed version is
 * left untouched; an invalid seed changes nothing, and the instance starts but reports not ready.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    @Inject
    SeedConfig config;

    @Inject
    EntityManager em;

    @Inject
    DatasetStates states;

    @Inject
    DatasetStatus status;

    @Inject
    VocabularyService vocabulary;

    @Inject
    SourceService sources;

    @Inject
    InstitutionService institutions;

    @Inject
    AchievementService achievements;

    @Inject
    IndicatorService indicators;

    static final int BATCH = 500;

    /** What a load did. */
    public record Report(String version, boolean written, int added, int updated, int removed) {}

    @Inject
    MeterRegistry metrics;

    void onStart(@Observes StartupEvent event) {
        start(config.location());
    }

    /**
     * Loads the seed as start-up does: an invalid seed is logged, changes nothing, and leaves this instance serving
     * what the database holds while its readiness reports DOWN with the problems.
     */
    public void start(String location) {
        try {
            load(location);
        } catch (SeedException e) {
            // nothing was written: the database keeps what it had, and this instance reports not ready
            LOG.error(e.getMessage());
            DatasetState state = QuarkusTransaction.requiringNew().call(states::current);
            status.failed(e.problems(), state.version, state.loadedAt);
        }
    }

    /** Reads, validates and writes the seed at the location; throws {@link SeedException} and writes nothing if it is invalid. */
    public Report load(String location) {
        long started = System.nanoTime();
        try {
            Map<String, byte[]> files = SeedReader.files(location);
            String version = SeedReader.version(files);
            DatasetState held = QuarkusTransaction.requiringNew().call(states::current);
            if (version.equals(held.version)) {
                // the database holds exactly this seed, written by this code: nothing to parse, check or write
                status.loaded(held.version, held.loadedAt);
                LOG.infof(
                        "Seed %s from %s: already in the database, in %d ms",
                        held.version, location, (System.nanoTime() - started) / 1_000_000);
                record("unchanged", started);
                return new Report(held.version, false, 0, 0, 0);
            }
            Seed seed = SeedValidator.validate(SeedReader.parse(files, version));
            // one transaction for the whole seed, however large: all of it is written, or none
            Report report = QuarkusTransaction.requiringNew()
                    .timeout(config.transactionTimeoutSeconds())
                    .call(() -> write(seed));
            if (report.written()) {
                // fresh planner statistics for what was just written: without them PostgreSQL planned the first
                // export after a 100,000-record load as table scans (17 s instead of 3 s)
                QuarkusTransaction.requiringNew()
                        .timeout(config.transactionTimeoutSeconds())
                        .run(() -> em.createNativeQuery("analyze").executeUpdate());
            }
            DatasetState state = QuarkusTransaction.requiringNew().call(states::current);
            status.loaded(state.version, state.loadedAt);
            long ms = (System.nanoTime() - started) / 1_000_000;
            LOG.infof(
                    "Seed %s from %s: %s (%d added, %d updated, %d removed) in %d ms",
                    report.version(),
                    location,
                    report.written() ? "written" : "already in the database",
                    report.added(),
                    report.updated(),
                    report.removed(),
                    ms);
            record(report.written() ? "written" : "unchanged", started);
            return report;
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

    private Report write(Seed seed) {
        DatasetState state = states.lockForWrite();
        if (seed.version().equals(state.version)) {
            return new Report(seed.version(), false, 0, 0, 0);
        }
        vocabulary.save(seed.vocabulary());
        for (int i = 0; i < seed.sources().size(); i++) {
            sources.save(seed.sources().get(i), i);
        }
        for (InstitutionDraft d : seed.institutions()) {
            institutions.save(d);
        }
        for (InstitutionDraft d : seed.institutions()) {
            institutions.setParent(d.id(), d.parentId());
        }
        Map<String, List<String>> institutionNames = new HashMap<>();
        for (InstitutionDraft d : seed.institutions()) {
            List<String> names = new ArrayList<>(
                    List.of(d.name().zhHans(), d.name().zhHant(), d.name().en()));
            if (d.aliases() != null) {
                names.addAll(d.aliases());
            }
            institutionNames.put(d.id(), names);
        }
        Set<String> before = new HashSet<>(achievements.allIds());
        Set<String> after = new HashSet<>();
        int added = 0;
        int pending = 0;
        for (AchievementDraft d : seed.achievements()) {
            boolean exists = before.contains(d.id());
            if (!exists) {
                added++;
            }
            after.add(d.id());
            achievements.save(d, exists, institutionNames);
            if (++pending == BATCH) {
                // one transaction, bounded memory: write what is pending and let the persistence context go
                achievements.flushAndClear();
                pending = 0;
            }
        }
        achievements.flushAndClear();
        int removed = 0;
        for (String id : before) {
            if (!after.contains(id)) {
                LOG.infof("Seed no longer holds achievement %s; removing it", id);
                achievements.delete(id);
                removed++;
            }
        }
        Set<String> keptInstitutions = new HashSet<>();
        seed.institutions().forEach(d -> keptInstitutions.add(d.id()));
        List<String> orphans = institutions.allIds().stream()
                .filter(id -> !keptInstitutions.contains(id))
                .toList();
        for (String id : orphans) {
            LOG.infof("Seed no longer holds institution %s; removing it", id);
            institutions.setParent(id, null);
        }
        orphans.forEach(institutions::delete);

        Set<String> indicatorIds = new HashSet<>();
        for (int i = 0; i < seed.indicators().size(); i++) {
            indicators.save(seed.indicators().get(i), i);
            indicatorIds.add(seed.indicators().get(i).id());
        }
        indicators.retainOnly(indicatorIds);

        state = states.current();
        state.version = seed.version();
        state.loadedAt = Instant.now();
        state.achievements = seed.achievements().size();
        state.institutions = seed.institutions().size();
        state.sources = seed.sources().size();
        return new Report(seed.version(), true, added, seed.achievements().size() - added, removed);
    }
}
