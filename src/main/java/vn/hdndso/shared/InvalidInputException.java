package vn.hdndso.shared;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Input that fails validation, field by field; answers 400 (API) or re-shows the form. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("invalid input: " + problems);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problems given");
        }
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String messageKey, @Nullable Object... arguments) {
        return new InvalidInputException(List.of(new FieldProblem(field, messageKey, arguments)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** A problem with one field: a message key and its arguments. */
    public record FieldProblem(String field, String messageKey, Object[] arguments) {

        public FieldProblem {
            arguments = arguments.clone();
        }
    }

    /** Collects problems and throws them together. */
    public static final class Collector {
        private final List<FieldProblem> problems = new ArrayList<>();

        public Collector add(String field, String messageKey, @Nullable Object... arguments) {
            problems.add(new FieldProblem(field, messageKey, arguments));
            return this;
        }

        public boolean has(String field) {
            return problems.stream().anyMatch(p -> p.field().equals(field));
        }

        public void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }
    }
}
