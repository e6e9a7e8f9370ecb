package vn.hdndso.plans;

import java.util.List;
import java.util.Optional;
import vn.hdndso.shared.CouncilId;

/**
 * A plan's words with the diacritics OCR lost put back, for reading: a scanned plan run through OCR
 * ("Muc tiéu cu thé dén hét nim 2026") reads as "Mục tiêu cụ thể đến hết năm 2026". The restored
 * words are a machine's reading, always shown marked as restored; the plan itself — what the targets
 * and tasks say, what is reviewed and confirmed — keeps the words as uploaded. Runs in the caller's
 * tenant scope, like {@link Plans}.
 */
public interface PlanTexts {

    /** The restored reading of the plan's version as the caller sees it; empty when its text has its diacritics. */
    Optional<RestoredReading> restored(CouncilId council, PlanId id);

    /**
     * @param title the plan's title restored
     * @param targets each target's words restored, in the plan's order
     * @param tasks each task's words restored, in order
     * @param text the whole uploaded text restored, line breaks kept
     */
    record RestoredReading(String title, List<String> targets, List<String> tasks, String text) {
        public RestoredReading {
            targets = List.copyOf(targets);
            tasks = List.copyOf(tasks);
        }
    }
}
