package vn.hdndso.training;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import vn.hdndso.councils.DelegateId;
import vn.hdndso.shared.CouncilId;

/**
 * Who attended a training session: entered by the clerk, imported from an attendance list (XLSX),
 * or checked in by the signed-in delegate during the session. Recording a delegate twice keeps the
 * first record. Runs in the caller's tenant scope.
 */
public interface TrainingAttendance {

    List<Attendee> of(CouncilId council, UUID sessionId);

    /** The clerk records a delegate of the current term as present; another council's delegate is 404. */
    Attendee enter(CouncilId council, UUID sessionId, DelegateId delegate);

    /**
     * The signed-in delegate checks in, from 30 minutes before the start until the end (409
     * outside it); a user who is not a delegate of the council's current term is 403.
     */
    Attendee checkIn(CouncilId council, UUID sessionId, UUID userId);

    /**
     * What an import did: the delegates recorded and those already recorded before. Serializable:
     * the page hands it to the next request as a flash attribute, kept in the database session.
     */
    record ImportResult(int rows, int recorded, int alreadyRecorded) implements Serializable {}

    /**
     * Imports an attendance list (XLSX, first sheet; the column headed "Họ và tên", "Họ tên" or
     * "Name", else the first): every row must name exactly one delegate of the current term, once;
     * otherwise nothing is imported and every bad row comes back with its reason ({@link
     * AttendanceImportRefused}).
     */
    ImportResult importList(CouncilId council, UUID sessionId, String fileName, byte[] content);
}
