package cn.shanghai.achievements.meta;

import cn.shanghai.achievements.caching.DatasetVersionSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What this instance is serving: set once the seed is loaded, read by caching, readiness and /meta. */
@ApplicationScoped
public class DatasetStatus implements DatasetVersionSource {

    private volatile String version;
    private volatile Instant loadedAt;
    private volatile List<String> problems = List.of();

    public void loaded(String version, Instant loadedAt) {
        this.loadedAt = loadedAt;
        this.version = version;
        this.problems = List.of();
    }

    /** The seed could not be loaded: the instance keeps serving what the database holds (if anything) but is not ready. */
    public void failed(List<String> problems, String databaseVersion, Instant loadedAt) {
        this.problems = List.copyOf(problems);
        this.version = databaseVersion == null || databaseVersion.isEmpty() ? null : databaseVersion;
        this.loadedAt = loadedAt;
    }

    /** Why the last seed load failed; empty when it succeeded. */
    public List<String> problems() {
        return problems;
    }

    @Override
    public Optional<String> currentVersion() {
        return Optional.ofNullable(version);
    }

    public Optional<Instant> loadedAt() {
        return Optional.ofNullable(loadedAt);
    }

    /** Ready to serve: the seed this instance was given is the one in the database. */
    public boolean isReady() {
        return version != null && problems.isEmpty();
    }
}
