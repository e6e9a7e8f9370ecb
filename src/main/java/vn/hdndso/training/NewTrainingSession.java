package vn.hdndso.training;

import org.jspecify.annotations.Nullable;

/**
 * A session as a clerk plans it: the course (id or code), start and end ({@code 2026-12-10T08:00},
 * Vietnam time, or day first), the format and its place or link.
 */
public record NewTrainingSession(
        @Nullable String course,
        @Nullable String startsAt,
        @Nullable String endsAt,
        @Nullable String format,
        @Nullable String place,
        @Nullable String link) {}
