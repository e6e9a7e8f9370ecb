package vn.hdndso.oversight.internal;

import java.time.MonthDay;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the oversight module ({@code hdnd.oversight}); the Law 87/2015 defaults apply when unset.
 *
 * @param writtenAnswerDays days a unit has for a written answer to a question (Art. 60: 20)
 * @param writtenAnswerWorkingDays count those days as working days (Monday–Friday) instead of
 *     calendar days; the law says "20 ngày", read as calendar days by default
 * @param commitmentReportDaysBeforeSession the report on commitments is due this many days before
 *     the next session (Art. 60: at least 10)
 * @param proposalsBy the day of the year before the programme's year by which proposals are due
 *     (Art. 58: 1 March)
 * @param adoptionBy the day of the year before by which the programme is adopted, at the mid-year
 *     session (default 31 July)
 * @param resultsBy the day of the programme's year after which results are reported, at the next
 *     mid-year session (default 31 July of the year after)
 */
@ConfigurationProperties("hdnd.oversight")
record OversightProperties(
        int writtenAnswerDays,
        boolean writtenAnswerWorkingDays,
        int commitmentReportDaysBeforeSession,
        @Nullable String proposalsBy,
        @Nullable String adoptionBy,
        @Nullable String resultsBy) {

    OversightProperties {
        writtenAnswerDays = writtenAnswerDays <= 0 ? 20 : writtenAnswerDays;
        commitmentReportDaysBeforeSession =
                commitmentReportDaysBeforeSession <= 0 ? 10 : commitmentReportDaysBeforeSession;
        proposalsBy = proposalsBy == null || proposalsBy.isBlank() ? "03-01" : proposalsBy.strip();
        adoptionBy = adoptionBy == null || adoptionBy.isBlank() ? "07-31" : adoptionBy.strip();
        resultsBy = resultsBy == null || resultsBy.isBlank() ? "07-31" : resultsBy.strip();
        monthDay("proposals-by", proposalsBy);
        monthDay("adoption-by", adoptionBy);
        monthDay("results-by", resultsBy);
    }

    /** A day of the year written MM-DD ("03-01"); anything else stops the start naming the property. */
    static MonthDay monthDay(String property, String text) {
        try {
            return MonthDay.parse("--" + text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalStateException(
                    "hdnd.oversight." + property + " must be a day of the year written MM-DD, not " + text, e);
        }
    }

    WrittenAnswerDeadline deadline() {
        return new WrittenAnswerDeadline(writtenAnswerDays, writtenAnswerWorkingDays);
    }

    ProgrammeCalendar calendar() {
        return new ProgrammeCalendar(
                monthDay("proposals-by", java.util.Objects.requireNonNull(proposalsBy, "defaulted")),
                monthDay("adoption-by", java.util.Objects.requireNonNull(adoptionBy, "defaulted")),
                monthDay("results-by", java.util.Objects.requireNonNull(resultsBy, "defaulted")));
    }
}
