package vn.hdndso.training;

import org.jspecify.annotations.Nullable;

/** An assessment as the API and the form send it: delegate id, course (id or code), level and day. */
public record NewAssessment(
        @Nullable String delegateId,
        @Nullable String course,
        @Nullable String level,
        @Nullable String assessedOn) {}
