package cn.shanghai.achievements.source;

import cn.shanghai.achievements.common.Localized;

/** A source document as the seed states it. */
public record SourceDraft(
        String id,
        String file,
        String kind,
        Integer reportingYear,
        String date,
        Localized title,
        Localized publisher,
        String language) {}
