package vn.hdndso.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.identity.SecondFactor;
import vn.hdndso.identity.UserAccounts;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.web.FormErrors;

/** The signed-in person's own account: their password and their second factor. */
@Controller
@RequestMapping("/app/account")
class AccountController {

    private static final String VIEW = "identity/account";
    private static final String SELF = "redirect:/app/account";

    private final UserAccounts accounts;
    private final SecondFactor secondFactor;
    private final MessageSource messages;

    AccountController(UserAccounts accounts, SecondFactor secondFactor, MessageSource messages) {
        this.accounts = accounts;
        this.secondFactor = secondFactor;
        this.messages = messages;
    }

    @GetMapping
    String page(Model model) {
        return show(model, FormErrors.NONE, FormErrors.NONE);
    }

    @PostMapping("/password")
    String changePassword(
            @RequestParam(required = false) @Nullable String currentPassword,
            @RequestParam(required = false) @Nullable String password,
            @RequestParam(required = false) @Nullable String passwordConfirm,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (password != null && !password.equals(passwordConfirm)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(
                    model,
                    FormErrors.field("passwordConfirm", "validation.password.mismatch", messages),
                    FormErrors.NONE);
        }
        try {
            accounts.changeOwnPassword(me(), orEmpty(currentPassword), orEmpty(password));
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(model, FormErrors.of(e, messages), FormErrors.NONE);
        }
        redirect.addFlashAttribute("done", "account.password.changed");
        return SELF;
    }

    @PostMapping("/totp")
    String startEnrolment() {
        secondFactor.startEnrolment(me());
        return SELF + "#totp";
    }

    @PostMapping("/totp/confirm")
    String confirm(
            @RequestParam(required = false) @Nullable String code,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            secondFactor.confirmEnrolment(me(), orEmpty(code));
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(model, FormErrors.NONE, FormErrors.of(e, messages));
        } catch (BusinessRuleException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return show(model, FormErrors.NONE, FormErrors.of(e, messages));
        }
        redirect.addFlashAttribute("done", "account.totp.enabled");
        return SELF;
    }

    @PostMapping("/totp/disable")
    String disable(
            @RequestParam(required = false) @Nullable String code,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            secondFactor.disable(me(), orEmpty(code));
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(model, FormErrors.NONE, FormErrors.of(e, messages));
        } catch (BusinessRuleException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return show(model, FormErrors.NONE, FormErrors.of(e, messages));
        }
        redirect.addFlashAttribute("done", "account.totp.disabled");
        return SELF;
    }

    private String show(Model model, FormErrors passwordErrors, FormErrors totpErrors) {
        CurrentUser me = me();
        SecondFactor.Status status = secondFactor.status(me);
        model.addAttribute("me", me);
        model.addAttribute("totpEnabled", status.enabled());
        status.pending().ifPresent(enrolment -> {
            model.addAttribute("enrolment", enrolment);
            model.addAttribute("qr", QrCodes.svgDataUri(enrolment.otpauthUri()));
        });
        model.addAttribute("passwordErrors", passwordErrors);
        model.addAttribute("totpErrors", totpErrors);
        return VIEW;
    }

    private static CurrentUser me() {
        return CurrentUser.get().orElseThrow();
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
