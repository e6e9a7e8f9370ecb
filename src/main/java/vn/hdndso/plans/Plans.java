package vn.hdndso.plans;

import java.util.List;
import java.util.Optional;
import vn.hdndso.shared.CouncilId;

/**
 * A council's plans: read from an uploaded Kế hoạch, reviewed and corrected by the clerk,
 * confirmed, and amended as new versions. Runs in the caller's tenant scope: the public sees
 * confirmed plans only.
 */
public interface Plans {

    /**
     * Reads an uploaded plan (PDF with a text layer, DOCX or UTF-8 text) into a new plan's first
     * version, a draft for the clerk to review. A file that cannot be read, a scanned PDF without
     * text, or a text with none of a plan's parts is refused with a message saying which.
     */
    Plan read(CouncilId council, String fileName, byte[] content);

    List<Plan> list(CouncilId council);

    Optional<Plan> find(CouncilId council, PlanId id);

    Plan require(CouncilId council, PlanId id);

    /** The clerk's corrections of the draft: targets and tasks as they should be. */
    Plan review(CouncilId council, PlanId id, PlanReview review);

    /** Confirms the draft: it becomes the plan the council works to; an earlier confirmed version is superseded. */
    Plan confirm(CouncilId council, PlanId id);

    /** Opens a new draft version from the confirmed plan, to amend it; the confirmed version stays in force until then. */
    Plan amend(CouncilId council, PlanId id);

    List<Plan.Version> history(CouncilId council, PlanId id);
}
