package vn.hdndso.opendata.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.hdndso.councils.Council;
import vn.hdndso.opendata.ColumnType;
import vn.hdndso.opendata.DatasetTheme;
import vn.hdndso.opendata.RowProblem;
import vn.hdndso.opendata.Unit;
import vn.hdndso.shared.InvalidInputException;

/** What the staff pages of open data share: the choices of the forms and messages in the reader's language. */
@Component
class OpenDataStaffPages {

    private final MessageSource messages;

    OpenDataStaffPages(MessageSource messages) {
        this.messages = messages;
    }

    /** The council and the choices of the description and mapping forms. */
    void common(Model model, Council council) {
        model.addAttribute("council", council);
        model.addAttribute("themes", DatasetTheme.values());
        model.addAttribute("frequencies", vn.hdndso.opendata.UpdateFrequency.values());
        model.addAttribute("types", ColumnType.values());
        model.addAttribute("units", Unit.values());
    }

    /** A refused row's reason as a sentence. */
    record ProblemLine(int row, String column, String value, String message) {}

    List<ProblemLine> problems(List<RowProblem> problems) {
        return problems.stream()
                .map(p -> new ProblemLine(p.row(), p.column(), p.value(), message(p.messageKey(), p.arguments())))
                .toList();
    }

    Map<String, String> errors(InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.problems()
                .forEach(p -> errors.merge(p.field(), message(p.messageKey(), p.arguments()), (a, b) -> a + " " + b));
        return errors;
    }

    String message(String key, Object... arguments) {
        String text = messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
        return text == null ? key : text;
    }
}
