package vn.hdndso.plans;

import org.jspecify.annotations.Nullable;

/**
 * Evidence to add to a task.
 *
 * @param reference a document's, session's or dataset's id; a course's reference; a link's address
 * @param title required for a course and a link; a record's own title is used otherwise
 */
public record NewEvidence(
        @Nullable EvidenceKind kind,
        @Nullable String reference,
        @Nullable String title) {}
