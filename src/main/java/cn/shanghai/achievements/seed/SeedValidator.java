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
    static final Set<String> ROLES = Set.copyOf(Achievement.ROLES);
    /** Paths under /achievements that are not achievements. */
    static final Set<String> RESERVED_ACHIEVEMENT_IDS = Set.of("facets", "export");

    static final Set<String> DATE_BASES = Set.copyOf(Achievement.DATE_BASES);
    static final Set<String> QUALIFIERS = Set.copyOf(Indicator.QUALIFIERS);
    static final Set<String> MEASURES = Set.copyOf(Indicator.MEASURES);
    /** Where an institution's name or alias is this short, finding it inside a quote says nothing. */
    static final int MIN_NAMED_LENGTH = 2;

    private final List<String> problems = new ArrayList<>();

    private SeedValidator() {}

    /** Throws {@link SeedException} listing every problem, or returns the seed unchanged. */
    public static Seed validate(Seed seed) {
        SeedValidator v = new SeedValidator();
        Map<String, Source> sources = v.sources(seed.sources());
        KnownTerms vocabulary = v.vocabulary(seed.vocabulary());
        Map<String, Institution> institutions = v.institutions(seed.institutions());
        v.achievements(seed.achievements(), sources, vocabulary, institutions);
        v.indicators(seed.indicators(), sources.keySet());
        if (seed.release() != null) {
            v.release(seed);
        }
        if (!v.problems.isEmpty()) {
            throw new SeedException(v.problems);
        }
        return seed;
    }

    private record KnownTerms(Set<String> sectors, Set<String> categories, Set<String> milestoneTypes) {}

    private Map<String, Source> sources(List<Source> sources) {
        Set<String> ids = new HashSet<>();
        Map<String, Source> byId = new HashMap<>();
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
            if (!in(SOURCE_KINDS, s.kind())) {
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
            if (s.documentNumber() != null && s.documentNumber().isBlank()) {
                problem(at, "documentNumber is blank (leave it out when the document has none)");
            }
            if (blank(s.language())) {
                problem(at, "language is missing");
            }
            byId.putIfAbsent(s.id(), s);
        }
        return byId;
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
        definitions(v.sectors(), "sectors");
        definitions(v.milestoneTypes(), "milestoneTypes");
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

    /** Sectors and milestone types are served with a definition each, in the three scripts. */
    private void definitions(List<Vocabulary.Entry> terms, String kind) {
        if (terms == null) {
            return;
        }
        for (int i = 0; i < terms.size(); i++) {
            Vocabulary.Entry t = terms.get(i);
            if (t != null) {
                names(Seed.VOCABULARY + " " + kind + "[" + i + "] (" + t.id() + ")", "definition", t.definition());
            }
        }
    }

    private Map<String, Institution> institutions(List<Institution> institutions) {
        Map<String, Institution> byId = new HashMap<>();
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
            if (!in(INSTITUTION_TYPES, d.type())) {
                problem(at, "type '" + d.type() + "' is not one of " + INSTITUTION_TYPES);
            }
            names(at, "name", d.name());
            aliases(at, d.aliases());
            if (d.parentId() != null) {
                parents.put(d.id(), d.parentId());
            }
            byId.putIfAbsent(d.id(), d);
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
        return byId;
    }

    private void achievements(
            List<Achievement> achievements,
            Map<String, Source> sources,
            KnownTerms vocabulary,
            Map<String, Institution> institutions) {
        Set<String> ids = new HashSet<>();
        InstitutionNames names = InstitutionNames.of(institutions.values());
        for (int i = 0; i < achievements.size(); i++) {
            Achievement a = achievements.get(i);
            String at = at(Seed.ACHIEVEMENTS, i, a == null ? null : a.id());
            if (a == null) {
                problem(at, "is null");
                continue;
            }
            id(at, a.id(), ids);
            if (in(RESERVED_ACHIEVEMENT_IDS, a.id())) {
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
                if (!institutions.containsKey(l.id())) {
                    problem(lat, "unknown institution '" + l.id() + "'");
                }
                if (!in(ROLES, l.role())) {
                    problem(lat, "role '" + l.role() + "' is not one of " + ROLES);
                }
                if (!seenLinks.add(l.id() + "/" + l.role())) {
                    problem(lat, "links " + l.id() + " as " + l.role() + " twice");
                }
                citations(lat, l.citations(), sources.keySet());
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
                if (!in(DATE_BASES, m.dateBasis())) {
                    problem(mat, "dateBasis '" + m.dateBasis() + "' is not one of " + DATE_BASES);
                }
                if (m.note() != null) {
                    names(mat, "note", m.note());
                }
                citations(mat, m.citations(), sources.keySet());
                datedBy(mat, m, sources);
            }
            named(at, a, institutions, names);
        }
    }

    /**
     * A milestone dated by a document (its reporting year, or the document's own date) cites a document that dates
     * it so: a report of that year for {@code reporting-year} and {@code undated}, a document of that year for
     * {@code document-date}. A year the text states needs no such document.
     */
    private void datedBy(String at, Achievement.Milestone m, Map<String, Source> sources) {
        if (m.date() == null || m.citations() == null || m.dateBasis() == null || "stated".equals(m.dateBasis())) {
            return;
        }
        int year;
        try {
            year = PartialDate.parse(m.date()).start().getYear();
        } catch (IllegalArgumentException e) {
            return; // reported as a bad date already
        }
        boolean dated = false;
        for (Citation c : m.citations()) {
            Source s = c == null ? null : sources.get(c.sourceId());
            if (s == null) {
                continue;
            }
            dated |= "document-date".equals(m.dateBasis())
                    ? s.reportingYear() != null && s.reportingYear() == year
                            || s.date() != null && s.date().startsWith(year + "")
                    : "report".equals(s.kind()) && s.reportingYear() != null && s.reportingYear() == year;
        }
        if (!dated) {
            problem(
                    at,
                    "is dated " + m.dateBasis() + " " + m.date() + " but cites no "
                            + ("document-date".equals(m.dateBasis()) ? "document" : "report") + " of " + year
                            + " that dates it");
        }
        if ("undated".equals(m.dateBasis()) && m.date().length() > 4) {
            problem(at, "is undated but gives a month or day (" + m.date() + "): an undated milestone has a year only");
        }
    }

    /**
     * Every institution a record's quotes name (by its name or an alias, the longest match first, so that a name
     * inside a longer one does not count) is linked, or listed in omittedInstitutions with the reason.
     */
    private void named(String at, Achievement a, Map<String, Institution> institutions, InstitutionNames names) {
        Set<String> accounted = new HashSet<>();
        a.institutions().forEach(l -> accounted.add(l == null ? null : l.id()));
        List<Achievement.OmittedInstitution> omitted = a.omittedInstitutions();
        for (int j = 0; j < omitted.size(); j++) {
            Achievement.OmittedInstitution o = omitted.get(j);
            String oat = at + " omittedInstitutions[" + j + "]";
            if (o == null) {
                problem(oat, "is null");
                continue;
            }
            if (!institutions.containsKey(o.id())) {
                problem(oat, "unknown institution '" + o.id() + "'");
            }
            if (blank(o.reason())) {
                problem(oat, "needs a reason");
            }
            if (!accounted.add(o.id())) {
                problem(oat, o.id() + " is linked or listed already");
            }
        }
        Set<String> quotes = new java.util.LinkedHashSet<>();
        a.institutions().stream()
                .filter(java.util.Objects::nonNull)
                .flatMap(l -> l.citations().stream())
                .forEach(c -> quotes.add(c == null ? null : c.quote()));
        a.milestones().stream()
                .filter(java.util.Objects::nonNull)
                .flatMap(m -> m.citations().stream())
                .forEach(c -> quotes.add(c == null ? null : c.quote()));
        for (String named : names.named(quotes)) {
            if (!accounted.contains(named)) {
                problem(
                        at,
                        "a quote names institution '" + named
                                + "': link it, or list it in omittedInstitutions with the reason");
            }
        }
    }

    private void indicators(List<Indicator> indicators, Set<String> sources) {
        Set<String> ids = new HashSet<>();
        Map<String, Indicator> seriesFirst = new HashMap<>();
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
            if (d.qualifier() != null && !in(QUALIFIERS, d.qualifier())) {
                problem(at, "qualifier '" + d.qualifier() + "' is not one of " + QUALIFIERS + " (leave it out: exact)");
            }
            if (!in(MEASURES, d.measure())) {
                problem(at, "measure '" + d.measure() + "' is not one of " + MEASURES);
            }
            if (d.scope() == null || !Ids.isSlug(d.scope())) {
                problem(at, "scope '" + d.scope() + "' is missing or not a lowercase slug (shanghai, national, …)");
            }
            citations(at, d.citations(), sources);
            series(at, d, seriesFirst);
        }
    }

    /**
     * A series (the indicators of one metric) counts one thing: one unit, one measure, one scope, and either
     * actual values or targets, never both.
     */
    private void series(String at, Indicator d, Map<String, Indicator> seriesFirst) {
        if (d.metric() == null) {
            return;
        }
        Indicator first = seriesFirst.putIfAbsent(d.metric(), d);
        if (first == null) {
            return;
        }
        String of = "metric " + d.metric() + " (first " + first.id() + ")";
        if (first.target() != d.target()) {
            problem(at, "mixes targets and actual values in " + of + ": give the targets a metric of their own");
        }
        if (!java.util.Objects.equals(first.measure(), d.measure())) {
            problem(at, "measure " + d.measure() + " differs from " + of + "'s " + first.measure());
        }
        if (!java.util.Objects.equals(first.scope(), d.scope())) {
            problem(at, "scope " + d.scope() + " differs from " + of + "'s " + first.scope());
        }
        if (first.unit() != null
                && d.unit() != null
                && !java.util.Objects.equals(first.unit().en(), d.unit().en())) {
            problem(
                    at,
                    "unit " + d.unit().en() + " differs from " + of + "'s "
                            + first.unit().en());
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

    /**
     * A merge names a record this seed no longer holds ({@code kind/id}) and one it holds of the same kind: the
     * removed record's tombstone points there.
     */
    private void release(Seed seed) {
        Map<String, Set<String>> held = new HashMap<>();
        cn.shanghai.achievements.model.Dataset data = seed.dataset();
        for (cn.shanghai.achievements.model.RecordKind k : cn.shanghai.achievements.model.RecordKind.values()) {
            Set<String> ids = new HashSet<>();
            data.of(k).forEach(r -> ids.add(cn.shanghai.achievements.model.Dataset.id(r)));
            held.put(k.wire, ids);
        }
        seed.release().replacedBy().forEach((removed, by) -> {
            String at = Seed.RELEASE + " replacedBy " + removed;
            int slash = removed.indexOf('/');
            Set<String> ids = slash < 0 ? null : held.get(removed.substring(0, slash));
            if (ids == null) {
                problem(at, "must be kind/id with a kind among " + held.keySet());
            } else if (ids.contains(removed.substring(slash + 1))) {
                problem(at, "is still in the seed: only a removed record can be replaced");
            } else if (!ids.contains(by)) {
                problem(at, "is replaced by '" + by + "', which the seed does not hold");
            }
        });
    }

    /** Set.of and Set.copyOf refuse to be asked about null: a missing value is simply not in the set. */
    private static boolean in(Set<String> allowed, String value) {
        return value != null && allowed.contains(value);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
