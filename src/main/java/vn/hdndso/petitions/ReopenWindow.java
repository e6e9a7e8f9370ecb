package vn.hdndso.petitions;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.hdndso.shared.BusinessRuleException;

/**
 * How long a voter may reopen an answered issue: {@code days} calendar days from the day the answer
 * was published (the day the voter could read it), that last day included.
 */
public record ReopenWindow(int days) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public ReopenWindow {
        if (days < 1) {
            throw new IllegalArgumentException("the window is at least one day");
        }
    }

    /** The last day on which the answer published on {@code publishedOn} can be reopened. */
    public LocalDate lastDay(LocalDate publishedOn) {
        return publishedOn.plusDays(days);
    }

    public boolean isOpenOn(LocalDate publishedOn, LocalDate today) {
        return !today.isAfter(lastDay(publishedOn));
    }

    /** Refuses (409) a reopening after the window, naming the day it closed. */
    public void requireOpen(LocalDate publishedOn, LocalDate today) {
        if (!isOpenOn(publishedOn, today)) {
            throw new BusinessRuleException(
                    "reopen", "feedback.reopen.closed", lastDay(publishedOn).format(DAY));
        }
    }
}
