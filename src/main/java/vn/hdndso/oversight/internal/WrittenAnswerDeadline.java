package vn.hdndso.oversight.internal;

import java.time.LocalDate;
import vn.hdndso.documents.WorkingDays;

/**
 * The last day for a written answer: so many calendar days (or working days, skipping public
 * holidays) after the question.
 */
record WrittenAnswerDeadline(int days, boolean workingDays) {

    LocalDate dueOn(LocalDate askedOn, WorkingDays calendar) {
        return workingDays ? calendar.plus(askedOn, days) : askedOn.plusDays(days);
    }
}
