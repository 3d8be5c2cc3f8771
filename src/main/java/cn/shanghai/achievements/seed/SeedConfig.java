package cn.shanghai.achievements.seed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the seed comes from. */
@ConfigMapping(prefix = "catalogue.seed")
public interface SeedConfig {

    /** "classpath:seed" (the curated data shipped in the jar) or a filesystem folder holding the same files. */
    @WithDefault("classpath:seed")
    String location();

    /** How long the transaction that writes a seed may run; a large synthetic seed needs minutes. */
    @WithDefault("900")
    int transactionTimeoutSeconds();
}
