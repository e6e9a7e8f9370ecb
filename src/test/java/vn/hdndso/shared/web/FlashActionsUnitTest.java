package vn.hdndso.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.InvalidInputException.FieldProblem;

class FlashActionsUnitTest {

    private final StaticMessageSource messages = new StaticMessageSource();

    @BeforeEach
    void messages() {
        LocaleContextHolder.setLocale(Locale.ROOT);
        messages.addMessage("a.too.long", Locale.ROOT, "Quá dài ({0}).");
        messages.addMessage("a.closed", Locale.ROOT, "Đã đóng.");
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void redirectsBackWithDoneOrWithTheFirstProblemTranslated() {
        var ok = new RedirectAttributesModelMap();
        assertThat(FlashActions.run("/app/x/1", "done.key", ok, messages, () -> {}))
                .isEqualTo("redirect:/app/x/1");
        assertThat(ok.getFlashAttributes()).isEqualTo(Map.of("done", "done.key"));

        var invalid = new RedirectAttributesModelMap();
        FlashActions.run("/app/x/1", "done.key", invalid, messages, () -> {
            throw InvalidInputException.of("title", "a.too.long", 200);
        });
        assertThat(invalid.getFlashAttributes()).isEqualTo(Map.of("problemText", "Quá dài (200)."));

        var rule = new RedirectAttributesModelMap();
        FlashActions.run("/app/x/1", "done.key", rule, messages, () -> {
            throw new BusinessRuleException("a.closed");
        });
        assertThat(rule.getFlashAttributes()).isEqualTo(Map.of("problemText", "Đã đóng."));
    }

    @Test
    void formErrorsJoinAFieldsProblemsAndLeaveOutTheWholeForm() {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("title", "Bắt buộc.");
        FormErrors.add(
                new InvalidInputException(List.of(
                        new FieldProblem("form", "a.closed", new Object[0]),
                        new FieldProblem("title", "a.too.long", new Object[] {200}),
                        new FieldProblem("other", "unknown.key", new Object[0]))),
                errors,
                messages);
        assertThat(errors)
                .containsExactly(Map.entry("title", "Bắt buộc. Quá dài (200)."), Map.entry("other", "unknown.key"));
    }
}
