package vn.hdndso.councils;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.VnText;

/**
 * The name of a body and, for the standing committee and committees, the issuer symbol it puts on
 * documents ({@code BKTNS} in {@code 02/BC-BKTNS}); for a delegate group, the description is the
 * area it covers.
 */
public record BodyDetails(
        String name, @Nullable String symbol, @Nullable String description) {

    private static final Pattern SYMBOL = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Locale VIETNAMESE = Locale.of("vi");

    public BodyDetails {
        name = VnText.normalize(name);
        symbol = FieldRules.optional(symbol);
        symbol = symbol == null ? null : symbol.toUpperCase(VIETNAMESE);
        description = FieldRules.optional(description);
    }

    public void check(InvalidInputException.Collector problems, BodyKind kind) {
        FieldRules.required(problems, "name", name);
        FieldRules.maxLength(problems, "name", name, 200);
        if (symbol != null && kind == BodyKind.DELEGATE_GROUP) {
            problems.add("symbol", "councils.validation.symbol.group");
        }
        FieldRules.maxLength(problems, "symbol", symbol, 30);
        if (!problems.has("symbol") && symbol != null && !SYMBOL.matcher(symbol).matches()) {
            problems.add("symbol", "councils.validation.symbol");
        }
        FieldRules.maxLength(problems, "description", description, 2000);
    }
}
