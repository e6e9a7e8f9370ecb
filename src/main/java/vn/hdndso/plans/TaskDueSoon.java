package vn.hdndso.plans;

import java.time.LocalDate;
import vn.hdndso.shared.CouncilEvent;
import vn.hdndso.shared.CouncilId;

/**
 * A task falls due within the reminder window: published once per task by the daily reminder run,
 * for the notification outbox to tell its body.
 */
public record TaskDueSoon(
        CouncilId council, TaskId task, String text, ResponsibleBody body, String bodyName, LocalDate dueOn)
        implements CouncilEvent {}
