package vn.hdndso.sessions;

import java.util.Objects;
import java.util.UUID;

/** Identifies an item of a session's agenda. */
public record AgendaItemId(UUID value) {

    public AgendaItemId {
        Objects.requireNonNull(value, "value");
    }

    public static AgendaItemId random() {
        return new AgendaItemId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
