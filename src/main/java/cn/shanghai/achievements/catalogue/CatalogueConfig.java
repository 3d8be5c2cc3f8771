package cn.shanghai.achievements.catalogue;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** How the read model follows the database. */
@ConfigMapping(prefix = "catalogue.read-model")
public interface CatalogueConfig {

    /** How often an instance asks the database whether a new release is current (a one-row read). */
    @WithDefault("2s")
    Duration pollInterval();

    /**
     * Where the Lucene indexes of the releases served are kept, so that a restart on a release indexed before opens
     * them instead of writing them again (a cache: delete it at will). Unset: indexes are kept in memory.
     */
    Optional<Path> indexDirectory();

    /**
     * How many past releases an instance keeps serving beside the current one, for {@code ?release=}: the ones it
     * replaced, newest first (each costs the memory of a read model; 0 at very large catalogues). Every release stays
     * downloadable at /releases/{seq}/dump.
     */
    @WithDefault("2")
    int pastReleases();
}
