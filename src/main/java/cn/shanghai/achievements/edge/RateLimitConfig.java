package cn.shanghai.achievements.edge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** The per-client rate limit at the HTTP edge (token buckets keyed by client address, see {@link ClientAddress}). */
@ConfigMapping(prefix = "catalogue.rate-limit")
public interface RateLimitConfig {

    /** Whether clients are rate limited at all. */
    @WithDefault("true")
    boolean enabled();

    /** Sustained requests per second per client address. */
    @WithDefault("50")
    int perSecond();

    /** Requests a client may make in a burst, above the sustained rate. */
    @WithDefault("200")
    int burst();

    /** How many client addresses are tracked at once; the least recently seen are forgotten first. */
    @WithDefault("100000")
    int maxClients();

    /** Addresses never limited (monitoring, the load balancer's own checks). */
    Optional<List<String>> exempt();
}
