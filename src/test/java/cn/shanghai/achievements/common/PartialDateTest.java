package cn.shanghai.achievements.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @Test
    void yearCoversTheWholeYear() {
        PartialDate d = PartialDate.parse("2019");
        assertEquals(PartialDate.Precision.year, d.precision());
        assertEquals(LocalDate.of(2019, 1, 1), d.start());
        assertEquals(LocalDate.of(2019, 12, 31), d.end());
    }

    @Test
    void monthCoversItsDaysIncludingLeapFebruary() {
        PartialDate d = PartialDate.parse("2020-02");
        assertEquals(PartialDate.Precision.month, d.precision());
        assertEquals(LocalDate.of(2020, 2, 29), d.end());
    }

    @Test
    void dayIsOneDay() {
        PartialDate d = PartialDate.parse("2019-11-23");
        assertEquals(d.start(), d.end());
        assertEquals(PartialDate.Precision.day, d.precision());
    }

    @Test
    void aMonthOverlapsADayInsideIt() {
        PartialDate november = PartialDate.parse("2019-11");
        assertTrue(november.overlaps(LocalDate.of(2019, 11, 20), null));
        assertTrue(november.overlaps(null, LocalDate.of(2019, 11, 1)));
        assertFalse(november.overlaps(LocalDate.of(2019, 12, 1), null));
        assertFalse(november.overlaps(null, LocalDate.of(2019, 10, 31)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2019-13",
                "2019-00",
                "2019-02-30",
                "2019-1",
                "19",
                "2019-11-5",
                "abcd",
                "2019/11",
                "0999",
                "",
                "2019-11-23T00"
            })
    void rejectsWhatIsNotARealDate(String text) {
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(text));
    }

    @Test
    void periodsTakeIntervals() {
        Period p = Period.parse("2016/2023");
        assertEquals(LocalDate.of(2016, 1, 1), p.start());
        assertEquals(LocalDate.of(2023, 12, 31), p.end());
        assertThrows(IllegalArgumentException.class, () -> Period.parse("2023/2016"));
        assertThrows(IllegalArgumentException.class, () -> Period.parse("2016/2020/2023"));
    }

    @Test
    void aParameterIsAbsentParsedOrReportedWithTheValueGiven() {
        List<Problem.FieldError> errors = new ArrayList<>();
        assertNull(PartialDate.parameter("from", null, errors));
        assertNull(PartialDate.parameter("from", "", errors));
        assertEquals(
                LocalDate.of(2019, 2, 28),
                PartialDate.parameter("to", "2019-02", errors).end());
        assertTrue(errors.isEmpty());
        assertNull(PartialDate.parameter("year", "20x9", errors));
        assertEquals(1, errors.size());
        assertEquals("year", errors.get(0).parameter());
        assertTrue(errors.get(0).message().contains("got '20x9'"), errors.get(0).message());
    }
}
