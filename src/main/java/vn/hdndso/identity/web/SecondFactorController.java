package vn.hdndso.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.hdndso.identity.SecondFactorSignIn;

/** The second step of signing in for accounts with a second factor: the authenticator app's code. */
@Controller
class SecondFactorController {

    private final SecondFactorSignIn signIn;
    private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();

    SecondFactorController(SecondFactorSignIn signIn) {
        this.signIn = signIn;
    }

    @GetMapping("/login/totp")
    String form(Model model) {
        if (signIn.pendingUsername().isEmpty()) {
            return "redirect:/login";
        }
        model.addAttribute("username", signIn.pendingUsername().get());
        return "identity/totp";
    }

    @PostMapping("/login/totp")
    String verify(
            @RequestParam(required = false) @Nullable String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var result = signIn.verify(code == null ? "" : code, request, response);
        return switch (result.outcome()) {
            case SIGNED_IN -> "redirect:" + destination(request, response);
            case NOT_PENDING -> "redirect:/login";
            case SIGNED_OUT -> "redirect:/login?secondFactorFailed";
            case WRONG_CODE -> {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                model.addAttribute("username", signIn.pendingUsername().orElse(""));
                model.addAttribute("attemptsLeft", result.attemptsLeft());
                yield "identity/totp";
            }
        };
    }

    private String destination(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = requestCache.getRequest(request, response);
        requestCache.removeRequest(request, response);
        return saved == null ? "/app" : saved.getRedirectUrl();
    }
}
