package vn.hdndso.documents.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.hdndso.documents.PublicHolidays;

/**
 * The holidays working-day deadlines respect ({@code hdnd.holidays} in application.yaml): the
 * Labour Code's rules are built in; what the government announces each year is configured here.
 *
 * @param nationalDayAdjacent {@code after} (3 September, the default) or {@code before} (1
 *     September): Quốc khánh's second day when a year announces nothing else
 * @param years per year: {@code days-off} (bridge days) and {@code working-days} (swapped days)
 */
@ConfigurationProperties("hdnd.holidays")
record HolidaysProperties(
        @Nullable String nationalDayAdjacent, @Nullable Map<Integer, Year> years) {

    record Year(@Nullable List<LocalDate> daysOff, @Nullable List<LocalDate> workingDays) {}

    PublicHolidays holidays() {
        var announced = new TreeMap<Integer, PublicHolidays.Announcement>();
        if (years != null) {
            years.forEach((year, days) -> announced.put(
                    year,
                    new PublicHolidays.Announcement(
                            days.daysOff() == null ? Set.of() : Set.copyOf(days.daysOff()),
                            days.workingDays() == null ? Set.of() : Set.copyOf(days.workingDays()))));
        }
        boolean after = nationalDayAdjacent == null || !"before".equalsIgnoreCase(nationalDayAdjacent.strip());
        return new PublicHolidays(after, announced);
    }
}
