package vn.hdndso.plans;

import java.time.LocalDate;
import vn.hdndso.shared.CouncilEvent;
import vn.hdndso.shared.CouncilId;

/**
 * An open task passed its due date: published once per task by the daily reminder run, for the
 * notification outbox to tell its body and the standing committee.
 */
public record TaskOverdue(
        CouncilId council, TaskId task, String text, ResponsibleBody body, String bodyName, LocalDate dueOn)
        implements CouncilEvent {}
