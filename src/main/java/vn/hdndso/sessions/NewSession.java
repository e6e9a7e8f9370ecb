package vn.hdndso.sessions;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What a clerk gives to plan a session; checked by {@link Sessions#plan}. */
public record NewSession(
        @Nullable String title,
        @Nullable Instant startsAt,
        @Nullable SessionKind kind,
        @Nullable String place,
        @Nullable String onlineUrl,
        @Nullable String livestreamUrl) {}
