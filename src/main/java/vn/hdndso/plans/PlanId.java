package vn.hdndso.plans;

import java.util.Objects;
import java.util.UUID;

public record PlanId(UUID value) {

    public PlanId {
        Objects.requireNonNull(value, "value");
    }

    public static PlanId random() {
        return new PlanId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
