package cn.shanghai.achievements.catalogue;

import cn.shanghai.achievements.common.Ids;
import cn.shanghai.achievements.common.PartialDate;
import cn.shanghai.achievements.common.Problem.FieldError;
import cn.shanghai.achievements.common.ProblemException;
import cn.shanghai.achievements.text.QueryText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The list filters, parsed and checked. A milestone matches the date filters when its own interval
 * overlaps the asked interval; type and date constraints apply to the same milestone.
 */
public record AchievementFilter(
        String q,
        List<String> categories,
        List<String> sectors,
        List<String> institutions,
        List<String> milestoneTypes,
        LocalDate from,
        LocalDate to,
        Sort sort,
        int updatedAfter) {

    public static final int MAX_REPEATS = 20;

    /** The orders a list can take. */
    public enum Sort {
        DATE("date"),
        DATE_DESC("-date"),
        NAME("name"),
        NAME_DESC("-name"),
        RELEVANCE("relevance");

        public final String wire;

        Sort(String wire) {
            this.wire = wire;
        }

        public static Sort parse(String value) {
            for (Sort s : values()) {
                if (s.wire.equals(value)) {
                    return s;
                }
            }
            return null;
        }
    }

    /** The known values the filters are checked against. */
    public record Known(
            Set<String> categories, Set<String> sectors, Set<String> milestoneTypes, Set<String> institutions) {}

    public static AchievementFilter parse(
            String q,
            List<String> category,
            List<String> sector,
            List<String> institution,
            List<String> milestone,
            String year,
            String from,
            String to,
            String sort,
            Known known) {
        List<FieldError> errors = new ArrayList<>();
        String query = q == null || q.isBlank() ? null : q.strip();
        String queryProblem = query == null ? null : QueryText.problem(q);
        if (queryProblem != null) {
            errors.add(new FieldError("q", queryProblem));
        }
        List<String> categories = values("category", category, known.categories(), errors);
        List<String> sectors = values("sector", sector, known.sectors(), errors);
        List<String> types = values("milestone", milestone, known.milestoneTypes(), errors);
        List<String> institutions = ids("institution", institution, known.institutions(), errors);

        PartialDate y = PartialDate.parameter("year", year, errors);
        PartialDate f = PartialDate.parameter("from", from, errors);
        PartialDate t = PartialDate.parameter("to", to, errors);
        LocalDate start = later(y == null ? null : y.start(), f == null ? null : f.start());
        LocalDate end = earlier(y == null ? null : y.end(), t == null ? null : t.end());
        if (f != null && t != null && f.start().isAfter(t.end())) {
            errors.add(new FieldError("from", "must not be after 'to'"));
        }

        Sort order = query == null ? Sort.DATE_DESC : Sort.RELEVANCE;
        if (sort != null && !sort.isEmpty()) {
            order = Sort.parse(sort);
            if (order == null) {
                errors.add(new FieldError("sort", "must be one of date, -date, name, -name, relevance"));
            } else if (order == Sort.RELEVANCE && query == null) {
                errors.add(new FieldError(
                        "sort", "relevance needs a query: add q, or sort by date, -date, name or -name"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new AchievementFilter(query, categories, sectors, institutions, types, start, end, order, 0);
    }

    /** The same filter over a narrower set of institutions. */
    public AchievementFilter withInstitutions(List<String> ids) {
        return new AchievementFilter(q, categories, sectors, ids, milestoneTypes, from, to, sort, updatedAfter);
    }

    /** The same filter, of the records created or changed in a release after the given one (0: any). */
    public AchievementFilter withUpdatedAfter(int release) {
        return new AchievementFilter(q, categories, sectors, institutions, milestoneTypes, from, to, sort, release);
    }

    public boolean hasMilestoneConstraint() {
        return !milestoneTypes.isEmpty() || from != null || to != null;
    }

    private static List<String> values(String name, List<String> raw, Set<String> known, List<FieldError> errors) {
        List<String> out = distinct(name, raw, errors);
        for (String v : out) {
            if (!known.contains(v)) {
                errors.add(new FieldError(
                        name,
                        "unknown value '" + cn.shanghai.achievements.common.Sanitize.forMessage(v)
                                + "'; must be one of " + String.join(", ", known)));
                return List.of();
            }
        }
        return out;
    }

    private static List<String> ids(String name, List<String> raw, Set<String> known, List<FieldError> errors) {
        List<String> out = distinct(name, raw, errors);
        for (String v : out) {
            if (!Ids.isSlug(v)) {
                errors.add(new FieldError(name, Ids.MESSAGE));
                return List.of();
            }
            if (!known.contains(v)) {
                errors.add(new FieldError(name, "no institution has the id '" + v + "'; see /api/v1/institutions"));
                return List.of();
            }
        }
        return out;
    }

    private static List<String> distinct(String name, List<String> raw, List<FieldError> errors) {
        if (raw == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String r : raw) {
            for (String v : r.split(",")) {
                String s = v.strip();
                if (!s.isEmpty() && !out.contains(s)) {
                    out.add(s);
                }
            }
        }
        if (out.size() > MAX_REPEATS) {
            errors.add(new FieldError(name, "at most " + MAX_REPEATS + " values"));
            return List.of();
        }
        return out;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : (a.isAfter(b) ? a : b);
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : (a.isBefore(b) ? a : b);
    }
}
