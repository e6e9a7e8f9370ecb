package vn.hdndso.oversight;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A recommendation: to one of the council's executive units ({@code ownerUnitId}) or to another
 * agency named ({@code ownerName}), due on an ISO date.
 */
public record NewRecommendation(
        @Nullable String text,
        @Nullable UUID ownerUnitId,
        @Nullable String ownerName,
        @Nullable String dueOn) {}
