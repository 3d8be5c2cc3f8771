package cn.shanghai.achievements.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A date only as precise as its text: "2019", "2019-11" or "2019-11-23". It stands for the interval
 * of days it covers, so that "2019-11" overlaps "2019-11-20".
 */
public record PartialDate(String text, Precision precision, LocalDate start, LocalDate end) {

    public static final String PATTERN = "\\d{4}(-\\d{2}(-\\d{2})?)?";
    private static final Pattern FORM = Pattern.compile(PATTERN);

    public enum Precision {
        year,
        month,
        day
    }

    /**
     * A date query parameter: null when absent or empty; when malformed, null with the problem (and the value given)
     * added to {@code errors}, so that every bad parameter of a request is reported at once.
     */
    public static PartialDate parameter(String name, String raw, List<Problem.FieldError> errors) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            return parse(raw);
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError(name, e.getMessage() + " (got '" + Sanitize.forMessage(raw) + "')"));
            return null;
        }
    }

    /** Parses the text, or throws {@link IllegalArgumentException} saying what is wrong. */
    public static PartialDate parse(String text) {
        if (text == null || !FORM.matcher(text).matches()) {
            throw new IllegalArgumentException("must be a date as YYYY, YYYY-MM or YYYY-MM-DD");
        }
        int year = Integer.parseInt(text.substring(0, 4));
        if (year < 1000) {
            throw new IllegalArgumentException("must be a year from 1000 to 9999");
        }
        try {
            if (text.length() == 4) {
                return new PartialDate(text, Precision.year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
            int month = Integer.parseInt(text.substring(5, 7));
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException(
                        "has no month " + text.substring(5, 7) + "; months run from 01 to 12");
            }
            YearMonth ym = YearMonth.of(year, month);
            if (text.length() == 7) {
                return new PartialDate(text, Precision.month, ym.atDay(1), ym.atEndOfMonth());
            }
            LocalDate day = LocalDate.of(year, month, Integer.parseInt(text.substring(8, 10)));
            return new PartialDate(text, Precision.day, day, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("is not a real calendar date");
        }
    }

    /** Whether this date's interval overlaps [from, to] (either end may be null for open). */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return (to == null || !start.isAfter(to)) && (from == null || !end.isBefore(from));
    }
}
