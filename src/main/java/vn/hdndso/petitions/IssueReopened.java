package vn.hdndso.petitions;

import java.time.LocalDate;
import java.util.UUID;
import vn.hdndso.shared.CouncilEvent;
import vn.hdndso.shared.CouncilId;

/** A voter reopened an answered issue: it went back to its body with a new deadline. */
public record IssueReopened(CouncilId council, UUID issueId, LocalDate newDeadline) implements CouncilEvent {}
