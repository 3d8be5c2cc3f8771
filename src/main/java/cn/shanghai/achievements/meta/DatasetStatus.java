package cn.shanghai.achievements.meta;

import cn.shanghai.achievements.common.DatasetVersionSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/** What this instance is serving: set once the seed is loaded, read by caching, readiness and /meta. */
@ApplicationScoped
public class DatasetStatus implements DatasetVersionSource {

    private volatile String version;
    private volatile Instant loadedAt;

    public void loaded(String version, Instant loadedAt) {
        this.loadedAt = loadedAt;
        this.version = version;
    }

    @Override
    public Optional<String> currentVersion() {
        return Optional.ofNullable(version);
    }

    public Optional<Instant> loadedAt() {
        return Optional.ofNullable(loadedAt);
    }

    public boolean isLoaded() {
        return version != null;
    }
}
