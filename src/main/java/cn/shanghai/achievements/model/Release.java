package cn.shanghai.achievements.model;

import java.time.Instant;
import java.util.Map;

/** A release as the rest of the service sees it. */
public record Release(int seq, String version, Instant publishedAt, Map<String, Integer> counts, String notes) {}
