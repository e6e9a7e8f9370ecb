package vn.hdndso.shared;

import org.jspecify.annotations.Nullable;

/**
 * A request that is well-formed but breaks a rule of the domain (a duplicate, a state that does
 * not allow the action). Answers 409 with a message from the bundle, naming the field if any.
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final @Nullable String field;
    private final Object[] arguments;

    public BusinessRuleException(String messageKey, @Nullable Object... arguments) {
        this(null, messageKey, arguments);
    }

    public BusinessRuleException(@Nullable String field, String messageKey, @Nullable Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public @Nullable String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
