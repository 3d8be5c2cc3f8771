package cn.shanghai.achievements.seed;

import cn.shanghai.achievements.common.Citation;
import cn.shanghai.achievements.common.Ids;
import cn.shanghai.achievements.common.Localized;
import cn.shanghai.achievements.common.PartialDate;
import cn.shanghai.achievements.common.Period;
import cn.shanghai.achievements.model.Achievement;
import cn.shanghai.achievements.model.Indicator;
import cn.shanghai.achievements.model.Institution;
import cn.shanghai.achievements.model.Source;
import cn.shanghai.achievements.model.Vocabulary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks a whole seed before anything is written; every problem names its file and record. */
public final class SeedValidator {

    static final Set<String> SOURCE_KINDS = Set.of("report", "policy", "news", "official-reply");
    static final Set<String> INSTITUTION_TYPES =
            Set.of("enterprise", "research-institute", "university", "hospital", "government-body", "platform");
    static final Set<String> ROLES =
            Set.of("developer", "co-developer", "manufacturer", "designer", "builder", "operator", "contributor");
    /** Paths under /achievements that are not achievements. */
    static final Set<String> RESERVED_ACHIEVEMENT_IDS = Set.of("facets", "export");

    static final Set<String> DATE_BASES = Set.of("stated", "reporting-year", "document-date");

    private final List<String> problems = new ArrayList<>();

    private SeedValidator() {}

    /** Throws {@link SeedException} listing every problem, or returns the seed unchanged. */
    public static Seed validate(Seed seed) {
        SeedValidator v = new SeedValidator();
        Set<String> sources = v.sources(seed.sources());
        KnownTerms vocabulary = v.vocabulary(seed.vocabulary());
        Set<String> institutions = v.institutions(seed.institutions());
        v.achievements(seed.achievements(), sources, vocabulary, institutions);
        v.indicators(seed.indicators(), sources);
        if (!v.problems.isEmpty()) {
            throw new SeedException(v.problems);
        }
        return seed;
    }

    private record KnownTerms(Set<String> sectors, Set<String> categories, Set<String> milestoneTypes) {}

    private Set<String> sources(List<Source> sources) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            String at = at(Seed.SOURCES, i, s == null ? null : s.id());
            if (s == null) {
                problem(at, "is null");
                continue;
            }
            id(at, s.id(), ids);
            if (blank(s.file())) {
                problem(at, "file is missing");
            }
            if (!SOURCE_KINDS.contains(s.kind())) {
                problem(at, "kind '" + s.kind() + "' is not one of " + SOURCE_KINDS);
            }
            if (s.reportingYear() == null || s.reportingYear() < 1900 || s.reportingYear() > 2100) {
                problem(at, "reportingYear is missing or not a year");
            }
            if (s.date() != null) {
                date(at, "date", s.date());
            }
            names(at, "title", s.title());
            names(at, "publisher", s.publisher());
            if (blank(s.language())) {
                problem(at, "language is missing");
            }
        }
        return ids;
    }

    private KnownTerms vocabulary(Vocabulary v) {
        Set<String> sectors = terms(v.sectors(), "sectors");
        Set<String> categories = new HashSet<>();
        List<Vocabulary.Entry> cats = v.categories() == null ? List.of() : v.categories();
        for (int i = 0; i < cats.size(); i++) {
            Vocabulary.Entry c = cats.get(i);
            String at = Seed.VOCABULARY + " categories[" + i + "]" + (c == null ? "" : " (" + c.id() + ")");
            if (c == null) {
                problem(at, "is null");
                continue;
            }
            id(at, c.id(), categories);
            names(at, "name", c.name());
            if (!sectors.contains(c.sector())) {
                problem(at, "unknown sector '" + c.sector() + "'");
            }
        }
        Set<String> types = terms(v.milestoneTypes(), "milestoneTypes");
        return new KnownTerms(sectors, categories, types);
    }

    private Set<String> terms(List<Vocabulary.Entry> terms, String kind) {
        Set<String> ids = new HashSet<>();
        if (terms == null || terms.isEmpty()) {
            problem(Seed.VOCABULARY, kind + " is missing or empty");
            return ids;
        }
        for (int i = 0; i < terms.size(); i++) {
            Vocabulary.Entry t = terms.get(i);
            String at = Seed.VOCABULARY + " " + kind + "[" + i + "]" + (t == null ? "" : " (" + t.id() + ")");
            if (t == null) {
                problem(at, "is null");
                continue;
            }
            id(at, t.id(), ids);
            names(at, "name", t.name());
        }
        return ids;
    }

    private Set<String> institutions(List<Institution> institutions) {
        Set<String> ids = new HashSet<>();
        Map<String, String> parents = new HashMap<>();
        for (int i = 0; i < institutions.size(); i++) {
            Institution d = institutions.get(i);
            String at = at(Seed.INSTITUTIONS, i, d == null ? null : d.id());
            if (d == null) {
                problem(at, "is null");
                continue;
            }
            id(at, d.id(), ids);
            if (!INSTITUTION_TYPES.contains(d.type())) {
                problem(at, "type '" + d.type() + "' is not one of " + INSTITUTION_TYPES);
            }
            names(at, "name", d.name());
            aliases(at, d.aliases());
            if (d.parentId() != null) {
                parents.put(d.id(), d.parentId());
            }
        }
        for (int i = 0; i < institutions.size(); i++) {
            Institution d = institutions.get(i);
            if (d == null || d.parentId() == null) {
                continue;
            }
            String at = at(Seed.INSTITUTIONS, i, d.id());
            if (!ids.contains(d.parentId())) {
                problem(at, "unknown parentId '" + d.parentId() + "'");
                continue;
            }
            Set<String> seen = new HashSet<>(Set.of(d.id()));
            for (String p = d.parentId(); p != null; p = parents.get(p)) {
                if (!seen.add(p)) {
                    problem(at, "its parents form a cycle");
                    break;
                }
            }
        }
        return ids;
    }

    private void achievements(
            List<Achievement> achievements, Set<String> sources, KnownTerms vocabulary, Set<String> institutions) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < achievements.size(); i++) {
            Achievement a = achievements.get(i);
            String at = at(Seed.ACHIEVEMENTS, i, a == null ? null : a.id());
            if (a == null) {
                problem(at, "is null");
                continue;
            }
            id(at, a.id(), ids);
            if (RESERVED_ACHIEVEMENT_IDS.contains(a.id())) {
                problem(at, "id '" + a.id() + "' is reserved by the API (" + RESERVED_ACHIEVEMENT_IDS + ")");
            }
            if (!vocabulary.categories().contains(a.category())) {
                problem(at, "unknown category '" + a.category() + "'");
            }
            if (!vocabulary.sectors().contains(a.sector())) {
                problem(at, "unknown sector '" + a.sector() + "'");
            }
            names(at, "name", a.name());
            names(at, "summary", a.summary());
            aliases(at, a.aliases());
            List<Achievement.InstitutionLink> links = a.institutions() == null ? List.of() : a.institutions();
            Set<String> seenLinks = new HashSet<>();
            for (int j = 0; j < links.size(); j++) {
                Achievement.InstitutionLink l = links.get(j);
                String lat = at + " institutions[" + j + "]";
                if (l == null) {
                    problem(lat, "is null");
                    continue;
                }
                if (!institutions.contains(l.id())) {
                    problem(lat, "unknown institution '" + l.id() + "'");
                }
                if (!ROLES.contains(l.role())) {
                    problem(lat, "role '" + l.role() + "' is not one of " + ROLES);
                }
                if (!seenLinks.add(l.id() + "/" + l.role())) {
                    problem(lat, "links " + l.id() + " as " + l.role() + " twice");
                }
                citations(lat, l.citations(), sources);
            }
            List<Achievement.Milestone> milestones = a.milestones() == null ? List.of() : a.milestones();
            if (milestones.isEmpty()) {
                problem(at, "has no milestone");
            }
            for (int j = 0; j < milestones.size(); j++) {
                Achievement.Milestone m = milestones.get(j);
                String mat = at + " milestones[" + j + "]";
                if (m == null) {
                    problem(mat, "is null");
                    continue;
                }
                if (!vocabulary.milestoneTypes().contains(m.type())) {
                    problem(mat, "unknown milestone type '" + m.type() + "'");
                }
                date(mat, "date", m.date());
                if (!DATE_BASES.contains(m.dateBasis())) {
                    problem(mat, "dateBasis '" + m.dateBasis() + "' is not one of " + DATE_BASES);
                }
                citations(mat, m.citations(), sources);
            }
        }
    }

    private void indicators(List<Indicator> indicators, Set<String> sources) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator d = indicators.get(i);
            String at = at(Seed.INDICATORS, i, d == null ? null : d.id());
            if (d == null) {
                problem(at, "is null");
                continue;
            }
            id(at, d.id(), ids);
            if (!Ids.isSlug(d.metric())) {
                problem(at, "metric '" + d.metric() + "' is not a lowercase slug");
            }
            names(at, "name", d.name());
            names(at, "unit", d.unit());
            try {
                Period.parse(d.period());
            } catch (IllegalArgumentException e) {
                problem(at, "period '" + d.period() + "' " + e.getMessage());
            }
            if (d.value() == null) {
                problem(at, "value is missing");
            } else if (d.value().abs().compareTo(new BigDecimal("1e15")) >= 0
                    || d.value().scale() > 4) {
                problem(at, "value must be below 10^15 with at most 4 decimals");
            }
            citations(at, d.citations(), sources);
        }
    }

    private void citations(String at, List<Citation> citations, Set<String> sources) {
        if (citations == null || citations.isEmpty()) {
            problem(at, "has no citation");
            return;
        }
        for (int k = 0; k < citations.size(); k++) {
            Citation c = citations.get(k);
            String cat = at + " citations[" + k + "]";
            if (c == null) {
                problem(cat, "is null");
                continue;
            }
            if (!sources.contains(c.sourceId())) {
                problem(cat, "unknown source '" + c.sourceId() + "'");
            }
            if (blank(c.quote())) {
                problem(cat, "quote is empty");
            } else if (c.quote().codePointCount(0, c.quote().length()) > Citation.MAX_QUOTE_LENGTH) {
                problem(cat, "quote is longer than " + Citation.MAX_QUOTE_LENGTH + " characters");
            } else if (c.quote().contains("\n")) {
                problem(cat, "quote spans a line break");
            }
        }
    }

    private void id(String at, String id, Set<String> seen) {
        if (!Ids.isSlug(id)) {
            problem(at, "id '" + id + "' is not a lowercase slug (" + Ids.SLUG + ")");
        } else if (!seen.add(id)) {
            problem(at, "duplicate id '" + id + "'");
        }
    }

    private void names(String at, String field, Localized names) {
        if (names == null || !names.complete()) {
            problem(at, field + " needs non-blank zh-Hans, zh-Hant and en");
        }
    }

    private void aliases(String at, List<String> aliases) {
        if (aliases != null && aliases.stream().anyMatch(SeedValidator::blank)) {
            problem(at, "has a blank alias");
        }
    }

    private void date(String at, String field, String value) {
        try {
            PartialDate.parse(value);
        } catch (IllegalArgumentException e) {
            problem(at, field + " '" + value + "' " + e.getMessage());
        }
    }

    private void problem(String at, String message) {
        problems.add(at + ": " + message);
    }

    private static String at(String file, int index, String id) {
        return file + "[" + index + "]" + (id == null ? "" : " (" + id + ")");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
