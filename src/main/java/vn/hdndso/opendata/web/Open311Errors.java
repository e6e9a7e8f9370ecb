package vn.hdndso.opendata.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.web.Problems;

/**
 * Errors of the Open311 addresses in Open311's format (a list of {@code code}/{@code description}),
 * in the format the address asked for and the caller's language. Comes before the application's
 * own problem details, for the Open311 controllers only.
 */
@RestControllerAdvice(
        assignableTypes = {
            Open311ServicesController.class,
            Open311RequestsController.class,
            Open311SubmissionController.class
        })
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311Errors {

    private final Problems problems;

    Open311Errors(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(Open311Problem.class)
    ResponseEntity<String> open311(Open311Problem e, HttpServletRequest request) {
        return error(request, e.status(), e.descriptions());
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<String> invalid(InvalidInputException e, HttpServletRequest request) {
        List<String> descriptions = e.problems().stream()
                .map(p -> open311Name(p.field()) + ": " + problems.message(p.messageKey(), p.arguments()))
                .toList();
        return error(request, HttpStatus.BAD_REQUEST, descriptions);
    }

    @ExceptionHandler(BusinessRuleException.class)
    ResponseEntity<String> rule(BusinessRuleException e, HttpServletRequest request) {
        return error(request, HttpStatus.BAD_REQUEST, List.of(problems.message(e.messageKey(), e.arguments())));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound(NotFoundException e, HttpServletRequest request) {
        return error(request, HttpStatus.NOT_FOUND, List.of(problems.message(e.messageKey(), e.arguments())));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<String> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return error(
                request,
                HttpStatus.BAD_REQUEST,
                List.of(problems.message("opendata.open311.parameter.required", e.getParameterName())));
    }

    /** The petition's field names as Open311 calls them. */
    static String open311Name(String field) {
        return switch (field) {
            case "content" -> "description";
            case "consent" -> "attribute[consent]";
            case "area" -> "attribute[area]";
            case "submitterName" -> "first_name";
            case "contact" -> "email";
            case "address" -> "address_string";
            case "latitude" -> "lat";
            case "longitude" -> "long";
            default -> field;
        };
    }

    private static ResponseEntity<String> error(
            HttpServletRequest request, HttpStatus status, List<String> descriptions) {
        List<GeoReport.Error> errors = descriptions.stream()
                .map(d -> new GeoReport.Error(status.value(), d))
                .toList();
        return Open311Format.of(request).answer(new GeoReport.Errors(errors), status, null);
    }
}
