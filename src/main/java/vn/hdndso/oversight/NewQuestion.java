package vn.hdndso.oversight;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A question as a delegate writes it.
 *
 * @param followsUp the question asked again (re-questioning), if any
 * @param petitionIssueId the unresolved petition issue it raises, if any
 */
public record NewQuestion(
        @Nullable String text,
        @Nullable UUID addressedTo,
        @Nullable UUID followsUp,
        @Nullable UUID petitionIssueId) {}
