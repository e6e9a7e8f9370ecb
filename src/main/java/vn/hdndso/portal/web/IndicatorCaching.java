package vn.hdndso.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import vn.hdndso.shared.InvalidInputException;

/**
 * What the live indicator pages share: a short lifetime in caches, and the 400 page for input they
 * cannot read.
 */
final class IndicatorCaching {

    /**
     * Seconds a browser, a proxy and the portal's page cache may reuse an indicator page: the
     * engine recomputes a council's values within a second of a change, and the page cache also
     * forgets these pages when an event about the council's work commits.
     */
    static final int LIVE_SECONDS = 2;

    private IndicatorCaching() {}

    /** Marks a response as live: kept {@value #LIVE_SECONDS} seconds at most, anywhere. */
    static void live(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=" + LIVE_SECONDS);
    }

    /** The 400 page with the problem's own message ("Kỳ báo cáo … không hợp lệ …"). */
    static String badRequest(InvalidInputException e, HttpServletResponse response, Model model) {
        InvalidInputException.FieldProblem problem = e.problems().getFirst();
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("status", HttpStatus.BAD_REQUEST.value());
        model.addAttribute("titleKey", "error.page.400.title");
        model.addAttribute("messageKey", problem.messageKey());
        Object[] arguments = problem.arguments();
        // the error page passes its arguments to the message as they are: one argument, not an array of one
        model.addAttribute("messageArgs", arguments.length == 1 ? arguments[0] : arguments);
        return "error";
    }
}
