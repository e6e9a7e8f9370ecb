package vn.hdndso.training;

import org.jspecify.annotations.Nullable;

/** A course as a clerk describes it; every field is checked by {@link Courses#create}. */
public record NewCourse(
        @Nullable String code,
        @Nullable String title,
        @Nullable String topic,
        @Nullable String description) {}
