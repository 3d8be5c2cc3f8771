package cn.shanghai.achievements.model;

import cn.shanghai.achievements.common.Localized;

/** One of the documents every fact is traced to. */
public record Source(
        String id,
        String file,
        String kind,
        Integer reportingYear,
        String date,
        Localized title,
        Localized publisher,
        String documentNumber,
        String language) {}
