package vn.hdndso.shared;

import org.jspecify.annotations.Nullable;

/**
 * A resource does not exist, or exists in a council the caller may not see; both answer 404 so
 * that nobody learns what another council holds.
 */
public class NotFoundException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    public NotFoundException(String messageKey, @Nullable Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
