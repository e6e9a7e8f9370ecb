package vn.hdndso.councils;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/** A legislative term (khóa, nhiệm kỳ) of a council. */
public record Term(
        UUID id,
        CouncilId councilId,
        String name,
        LocalDate startsOn,
        @Nullable LocalDate endsOn,
        boolean current) {}
