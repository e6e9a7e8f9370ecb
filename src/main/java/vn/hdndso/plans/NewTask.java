package vn.hdndso.plans;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A task the council office adds by hand, outside any plan's reading. */
public record NewTask(
        @Nullable String text,
        @Nullable TargetCode serves,
        TaskChange.@Nullable AssigneeChoice assignee,
        @Nullable LocalDate dueOn) {}
