package vn.hdndso.reports.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.hdndso.indicators.IndicatorCode;
import vn.hdndso.indicators.Period;
import vn.hdndso.plans.PlanReading;
import vn.hdndso.plans.TargetProgress;

/**
 * What a report is written from: the council, the period, the plan it works to and the progress of
 * every indicator against it.
 *
 * @param councilName "Phường Nhị Chiểu"
 * @param provinceName the province's (city's) council name, "Thành phố Hải Phòng", if registered
 * @param asOf the day the figures were read
 * @param plan the council's confirmed plan, or {@code null} when it has none
 * @param progress T1–T11 in code order
 * @param names the indicators' names
 */
record ReportFacts(
        String councilName,
        @Nullable String provinceName,
        Period period,
        LocalDate asOf,
        @Nullable PlanFacts plan,
        List<TargetProgress> progress,
        Map<IndicatorCode, String> names) {

    ReportFacts {
        progress = List.copyOf(progress);
        names = Map.copyOf(names);
    }

    /** The confirmed plan: its number and title, and its tasks. */
    record PlanFacts(@Nullable String number, String title, List<PlanReading.Task> tasks) {
        PlanFacts {
            tasks = List.copyOf(tasks);
        }
    }
}
