package vn.hdndso.sessions;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What a clerk changes of a session before it starts; checked by {@link SessionChanges#edit}. */
public record SessionEdit(
        @Nullable String title,
        @Nullable Instant startsAt,
        @Nullable SessionKind kind,
        @Nullable String place) {}
