package vn.hdndso.oversight;

import java.time.LocalDate;
import java.util.UUID;
import vn.hdndso.shared.CouncilEvent;
import vn.hdndso.shared.CouncilId;

/** A commitment made in answer to a question was met (on time or late); it moves T11. */
public record CommitmentMet(CouncilId council, UUID question, UUID commitment, LocalDate metOn, boolean onTime)
        implements CouncilEvent {}
