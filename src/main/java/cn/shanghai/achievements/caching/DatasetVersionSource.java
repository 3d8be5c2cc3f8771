package cn.shanghai.achievements.caching;

import java.util.Optional;

/** Tells the HTTP layer which dataset version is being served, for validators such as ETags. */
public interface DatasetVersionSource {

    /** The version of the loaded dataset, or empty while none is loaded. */
    Optional<String> currentVersion();
}
