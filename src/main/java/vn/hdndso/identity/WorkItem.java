package vn.hdndso.identity;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing a person has to do in their council today, as their home page ("Việc của tôi") lists
 * it: what to do, on what, by when, and the page where it is done.
 *
 * @param group the message key of the group it is counted in ("home.group.incoming")
 * @param action the message key of what to do ("home.action.incoming.assign")
 * @param title the item's own words (a document's subject, a session's title)
 * @param href the workspace page where it is acted on, relative to the site's root
 * @param due the deadline, or the day it takes place; none when it has neither
 * @param detail the item's own reference, shown small (an arrival number, a place); may be empty
 */
public record WorkItem(
        String group,
        String action,
        String title,
        String href,
        @Nullable LocalDate due,
        String detail) {

    /** "Due soon": the deadline is at most this many days away. */
    public static final int DUE_SOON_DAYS = 3;

    public WorkItem {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(href, "href");
        title = title == null ? "" : title;
        detail = detail == null ? "" : detail;
    }

    /** Past its deadline on {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return due != null && due.isBefore(today);
    }

    /** Due today or within {@link #DUE_SOON_DAYS} days. */
    public boolean dueSoonOn(LocalDate today) {
        return due != null && !due.isBefore(today) && !due.isAfter(today.plusDays(DUE_SOON_DAYS));
    }
}
