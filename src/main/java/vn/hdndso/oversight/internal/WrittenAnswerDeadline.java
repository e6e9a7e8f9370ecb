package vn.hdndso.oversight.internal;

import java.time.LocalDate;
import vn.hdndso.documents.WorkingDays;

/** The last day for a written answer: so many calendar days (or working days) after the question. */
record WrittenAnswerDeadline(int days, boolean workingDays) {

    LocalDate dueOn(LocalDate askedOn) {
        return workingDays ? WorkingDays.plus(askedOn, days) : askedOn.plusDays(days);
    }
}
