package vn.hdndso.opendata;

import org.jspecify.annotations.Nullable;

/** What a clerk writes about a dataset; checked by {@link Datasets}. Null licence: the default. */
public record DatasetDescription(
        @Nullable String title,
        @Nullable String description,
        @Nullable String source,
        @Nullable String period,
        @Nullable String licence,
        @Nullable String theme,
        @Nullable String updateFrequency) {}
