package cn.shanghai.achievements.edge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Request size limits, enforced by the edge so that every refusal is a problem+json answer. The HTTP decoder's own
 * limits (quarkus.http.limits.*) sit well above these and only catch what no client should send.
 */
@ConfigMapping(prefix = "catalogue.edge")
public interface EdgeLimits {

    /** Longest request target (path and query), in characters; longer is a 414. */
    @WithDefault("4096")
    int maxRequestTarget();

    /** Largest total of header names and values, in bytes; larger is a 431. */
    @WithDefault("16384")
    int maxHeaderBytes();

    /** Largest declared request body, in bytes; larger is a 413 (the API takes no bodies at all). */
    @WithDefault("65536")
    long maxBodyBytes();
}
