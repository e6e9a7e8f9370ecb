package vn.hdndso.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.NotFoundException;

/** Page handlers: a missing thing shows the Vietnamese 404 page with the right status. */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("inWorkspace", ErrorPages.isWorkspacePath(request.getRequestURI()));
        model.addAttribute("status", 404);
        model.addAttribute("titleKey", "error.page.404.title");
        model.addAttribute("messageKey", "error.page.404.message");
        return "error";
    }

    @ExceptionHandler(BusinessRuleException.class)
    String conflict(BusinessRuleException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("inWorkspace", ErrorPages.isWorkspacePath(request.getRequestURI()));
        model.addAttribute("status", 409);
        model.addAttribute("titleKey", "error.page.409.title");
        model.addAttribute("messageKey", e.messageKey());
        model.addAttribute("messageArgs", e.arguments());
        return "error";
    }
}
