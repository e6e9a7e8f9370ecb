package vn.hdndso.training;

import java.util.List;
import vn.hdndso.councils.DelegateId;
import vn.hdndso.shared.CouncilId;

/** Assessments of delegates' digital skills; each counts towards T9. Runs in the caller's tenant scope. */
public interface Assessments {

    /** The council's assessments, newest first. */
    List<Assessment> list(CouncilId council);

    List<Assessment> of(CouncilId council, DelegateId delegate);

    /**
     * Records an assessment: every missing or unreadable field is 400 naming it, a delegate or
     * course the council does not have is 404, a day in the future is 400, and a second
     * assessment of the same delegate in the same course on the same day is 409.
     */
    Assessment record(CouncilId council, NewAssessment assessment);
}
