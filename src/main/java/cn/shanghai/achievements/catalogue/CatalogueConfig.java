package cn.shanghai.achievements.catalogue;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the read model follows the database. */
@ConfigMapping(prefix = "catalogue.read-model")
public interface CatalogueConfig {

    /** How often an instance asks the database whether a new release is current (a one-row read). */
    @WithDefault("2s")
    Duration pollInterval();
}
