package vn.hdndso.councils;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * The standing committee, a committee (Ban) or a delegate group (Tổ đại biểu) of a term.
 *
 * @param symbol the issuer symbol it uses on documents ("TTHĐND"), if it issues any
 */
public record CouncilBody(
        UUID id,
        CouncilId councilId,
        UUID termId,
        BodyKind kind,
        String name,
        @Nullable String symbol,
        @Nullable String description,
        int position) {}
