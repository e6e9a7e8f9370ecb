package vn.hdndso.oversight;

import java.time.LocalDate;
import java.util.UUID;
import vn.hdndso.shared.CouncilEvent;
import vn.hdndso.shared.CouncilId;

/** A delegate asked a question of a People's Committee unit; its written answer is due on {@code dueOn}. */
public record QuestionAsked(CouncilId council, UUID question, UUID addressedUnit, LocalDate dueOn)
        implements CouncilEvent {}
