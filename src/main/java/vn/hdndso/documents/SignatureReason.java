package vn.hdndso.documents;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Why a signature got the result it got, as a message key of {@code messages/signatures} with its
 * arguments; stored as is and translated when shown.
 *
 * @param code the message key, e.g. {@code signatures.reason.untrustedChain}
 * @param arguments the message arguments, already formatted as text
 */
public record SignatureReason(String code, List<String> arguments) {

    public SignatureReason {
        arguments = List.copyOf(arguments);
    }

    public static SignatureReason of(String code, @Nullable Object... arguments) {
        return new SignatureReason(
                code, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
