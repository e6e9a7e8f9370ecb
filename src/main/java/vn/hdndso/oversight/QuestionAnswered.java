package vn.hdndso.oversight;

import java.util.UUID;
import vn.hdndso.shared.CouncilEvent;
import vn.hdndso.shared.CouncilId;

/** A question was answered, possibly late, with this many commitments (they move T11). */
public record QuestionAnswered(CouncilId council, UUID question, boolean late, int commitments)
        implements CouncilEvent {}
