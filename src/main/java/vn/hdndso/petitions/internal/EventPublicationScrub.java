package vn.hdndso.petitions.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Removes an erased voter's personal data from Spring Modulith's event publication registry (the
 * table {@code event_publication}, which keeps every event handed to an asynchronous or after-commit
 * listener as JSON). Events of this module carry ids only, but events of other modules, or of older
 * versions, may carry a name or a phone number in their text:
 *
 * <ul>
 *   <li>a completed publication is history only: it is deleted;
 *   <li>an incomplete one must still reach its listener (at least once): the values are replaced in its
 *       JSON by {@link Deidentifier#HIDDEN}, which keeps the JSON valid (no quote, no backslash), so
 *       the listener gets the event without them.
 * </ul>
 */
@Component
class EventPublicationScrub {

    private final JdbcClient jdbc;

    EventPublicationScrub(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Answers how many publications were deleted or rewritten. */
    int scrub(List<String> values) {
        int changed = 0;
        for (String value : values) {
            if (value.isBlank() || value.contains("\"") || value.contains("\\")) {
                continue;
            }
            changed += jdbc.sql("delete from event_publication where completion_date is not null"
                            + " and strpos(serialized_event, :value) > 0")
                    .param("value", value)
                    .update();
            changed += jdbc.sql(
                            "update event_publication set serialized_event = replace(serialized_event, :value, :hidden)"
                                    + " where completion_date is null and strpos(serialized_event, :value) > 0")
                    .param("value", value)
                    .param("hidden", Deidentifier.HIDDEN)
                    .update();
        }
        return changed;
    }
}
