package cn.shanghai.achievements.catalogue;

import cn.shanghai.achievements.caching.DatasetVersionSource;
import cn.shanghai.achievements.common.ProblemException;
import cn.shanghai.achievements.model.Dataset;
import cn.shanghai.achievements.model.Release;
import cn.shanghai.achievements.store.RecordHistory;
import cn.shanghai.achievements.store.RecordStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The read model being served, and its replacement when the database holds a new release: every instance polls the
 * dataset state (one row), builds the new release's read model from the database beside the one it serves, and
 * swaps it in atomically. Until then it answers from the old one; a request never sees two releases, and a running
 * instance never stops being ready for a swap.
 */
@ApplicationScoped
public class Catalogues implements DatasetVersionSource {

    private static final Logger LOG = Logger.getLogger(Catalogues.class);
    /** Start-up order: after the seed loader (which observes start-up with a lower priority) has written the seed. */
    public static final int STARTUP_PRIORITY = 200;

    @Inject
    RecordStore store;

    @Inject
    CatalogueConfig config;

    @Inject
    RecordHistory history;

    @Inject
    Instance<CatalogueDerivation> derivations;

    @Inject
    MeterRegistry metrics;

    private static final String PINNED = Catalogues.class.getName() + ".pinned";

    private volatile Catalogue current;
    /** The releases replaced, newest first, kept for ?release= (at most catalogue.read-model.past-releases). */
    private volatile List<Catalogue> past = List.of();

    private ScheduledExecutorService watcher;

    void onStart(@Observes @Priority(STARTUP_PRIORITY) StartupEvent event) {
        refresh();
        watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "catalogue-watcher");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(100, config.pollInterval().toMillis());
        watcher.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (watcher != null) {
            watcher.shutdownNow();
        }
    }

    private void poll() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // the database may be away for a while: keep serving what we have, and ask again later
            LOG.warnf("Could not check for a new release: %s", e.getMessage());
        }
    }

    /**
     * Builds and swaps in the read model of the database's current release, unless it is the one served. Returns
     * whether it swapped. Called at start-up and by the watcher, one at a time.
     */
    public synchronized boolean refresh() {
        RecordStore.State state = store.state();
        Catalogue served = current;
        if (state.releaseSeq() == 0 || (served != null && served.release().seq() == state.releaseSeq())) {
            return false;
        }
        long started = System.nanoTime();
        Release release = store.release(state.releaseSeq()).orElseThrow();
        Dataset data = store.load(release.seq());
        RecordHistory.Timeline timeline = history.timeline(release.seq());
        List<Release> releases = store.releases();
        long loaded = System.nanoTime();
        Optional<IndexHome> home = IndexHome.at(config.indexDirectory());
        // an index holds the release's record histories too: kept per release, not per content
        String indexKey = indexKey(release);
        Catalogue next;
        try {
            next = new Catalogue(
                    release,
                    data,
                    timeline,
                    releases,
                    home.map(h -> h.builder(indexKey)).orElse(LuceneIndex.Builder.IN_MEMORY));
        } catch (RuntimeException e) {
            if (!causedByIo(e) || home.isEmpty()) {
                throw e;
            }
            // the index directory is a cache: when it cannot be written (another user's, a full disk) the indexes
            // are built in memory, and the service starts all the same
            LOG.warnf(
                    "The indexes cannot be kept in %s (%s); building them in memory",
                    config.indexDirectory().map(Object::toString).orElse("-"), e.getMessage());
            next = new Catalogue(release, data, timeline, releases, LuceneIndex.Builder.IN_MEMORY);
        }
        long built = System.nanoTime();
        for (CatalogueDerivation d : derivations) {
            d.prepare(next);
        }
        if (served != null && config.pastReleases() > 0) {
            List<Catalogue> kept = new java.util.ArrayList<>();
            kept.add(served);
            kept.addAll(past);
            past = List.copyOf(kept.subList(0, Math.min(config.pastReleases(), kept.size())));
        }
        current = next;
        // the indexes of older releases go (files still open by the one replaced stay readable until it is let go)
        home.ifPresent(h -> {
            try {
                Set<String> keep = new java.util.HashSet<>(Set.of(indexKey));
                past.forEach(p -> keep.add(indexKey(p.release())));
                if (served != null) {
                    keep.add(indexKey(served.release()));
                }
                h.keepOnly(keep);
            } catch (RuntimeException e) {
                LOG.warnf("Could not delete the indexes of older releases: %s", e.getMessage());
            }
        });
        long ms = (System.nanoTime() - started) / 1_000_000;
        metrics.timer("catalogue.read.model.build").record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        LOG.infof(
                "Serving release %d (%s): %d achievements, %d institutions; read model built in %d ms (records read"
                        + " from the database in %d ms, indexed in %d ms, views in %d ms)%s",
                release.seq(),
                release.version(),
                next.achievements().size(),
                next.institutions().size(),
                ms,
                (loaded - started) / 1_000_000,
                (built - loaded) / 1_000_000,
                (System.nanoTime() - built) / 1_000_000,
                served == null ? "" : ", replacing release " + served.release().seq());
        return true;
    }

    private static boolean causedByIo(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }

    private static String indexKey(Release r) {
        return r.seq() + "-" + r.version();
    }

    /**
     * The read model this request is served from: the one pinned to it ({@link #pin()}), else the one served now; a
     * 503 problem before the first release is loaded.
     */
    public Catalogue current() {
        Catalogue c = pinned();
        if (c == null) {
            c = current;
        }
        if (c == null) {
            throw new ProblemException(
                    503, "not-ready", "Service unavailable", "The catalogue is not loaded yet; retry shortly.", null);
        }
        return c;
    }

    public Optional<Catalogue> served() {
        return Optional.ofNullable(current);
    }

    /**
     * Pins the read model served now to the request being handled (its duplicated Vert.x context, which follows it
     * onto worker threads), so that everything it reads and every header it sends come from one release, even when
     * a swap happens while it runs. Outside a request nothing is pinned.
     */
    @Override
    public Optional<Served> pin() {
        Catalogue c = pinned();
        if (c == null) {
            c = current;
            if (c == null) {
                return Optional.empty();
            }
            Context context = Vertx.currentContext();
            if (context != null && VertxContext.isDuplicatedContext(context)) {
                context.putLocal(PINNED, c);
            }
        }
        return Optional.of(new Served(c.release().version(), c.release().seq()));
    }

    @Override
    public Optional<Served> pin(int release) {
        Catalogue c = current;
        if (c != null && c.release().seq() != release) {
            for (Catalogue p : past) {
                if (p.release().seq() == release) {
                    Context context = Vertx.currentContext();
                    if (context != null && VertxContext.isDuplicatedContext(context) && pinned() == null) {
                        context.putLocal(PINNED, p);
                    }
                    return Optional.of(
                            new Served(p.release().version(), p.release().seq()));
                }
            }
        }
        return pin();
    }

    /** The releases this instance can serve: the current one and the past ones it keeps, newest first. */
    public List<Integer> held() {
        List<Integer> out = new java.util.ArrayList<>();
        Catalogue c = current;
        if (c != null) {
            out.add(c.release().seq());
        }
        past.forEach(p -> out.add(p.release().seq()));
        return out;
    }

    private static Catalogue pinned() {
        Context context = Vertx.currentContext();
        return context != null && VertxContext.isDuplicatedContext(context) ? context.getLocal(PINNED) : null;
    }
}
