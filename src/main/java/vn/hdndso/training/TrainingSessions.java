package vn.hdndso.training;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.hdndso.councils.DelegateId;
import vn.hdndso.shared.CouncilId;

/**
 * The sessions of the council's courses. Every delegate of the current term whose mandate runs is
 * invited to every session. Runs in the caller's tenant scope.
 */
public interface TrainingSessions {

    /** The sessions, newest first. */
    List<TrainingSession> list(CouncilId council);

    TrainingSession require(CouncilId council, UUID id);

    /**
     * Plans a session; every problem is reported on its field (400): an unknown course, a start or
     * end that is missing or unreadable, an end before the start, an online session without a link
     * or a session in person without a place.
     */
    TrainingSession plan(CouncilId council, NewTrainingSession session);

    TrainingSession plan(CouncilId council, NewTrainingSession session, boolean demo);

    /** The council's sessions that take place (at least in part) from {@code from} to {@code to}, by start (for the work calendar). */
    List<TrainingSession> between(CouncilId council, LocalDate from, LocalDate to);

    /**
     * The sessions from {@code from} to {@code to} a delegate is invited to, by start (for the work
     * calendar and a delegate's feed): none for a delegate not of the current term or whose mandate
     * ended before the session.
     */
    List<TrainingSession> invitationsOf(CouncilId council, DelegateId delegate, LocalDate from, LocalDate to);
}
