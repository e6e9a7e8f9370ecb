package vn.hdndso.oversight;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The standing committee groups questions under a label and schedules them on an agenda item. */
public record ScheduleQuestions(
        @Nullable List<UUID> questions,
        @Nullable String group,
        @Nullable UUID sessionId,
        @Nullable UUID agendaItemId) {}
