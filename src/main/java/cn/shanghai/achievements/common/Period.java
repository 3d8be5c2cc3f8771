package cn.shanghai.achievements.common;

import java.time.LocalDate;

/** A statistic's period: one date ("2023", "2021-06") or an ISO 8601 interval of two ("2016/2023", "2021-01/2021-06"). */
public record Period(String text, LocalDate start, LocalDate end) {

    public static Period parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("must be a date or an interval of two dates");
        }
        String[] parts = text.split("/", -1);
        if (parts.length == 1) {
            PartialDate d = PartialDate.parse(parts[0]);
            return new Period(text, d.start(), d.end());
        }
        if (parts.length != 2) {
            throw new IllegalArgumentException("must be a date or an interval of two dates such as 2016/2023");
        }
        PartialDate from = PartialDate.parse(parts[0]);
        PartialDate to = PartialDate.parse(parts[1]);
        if (from.start().isAfter(to.end())) {
            throw new IllegalArgumentException("starts after it ends");
        }
        return new Period(text, from.start(), to.end());
    }
}
