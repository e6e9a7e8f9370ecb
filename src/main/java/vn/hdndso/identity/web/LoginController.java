package vn.hdndso.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.hdndso.identity.CurrentUser;

/** The sign-in form; Spring Security handles the POST. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return CurrentUser.get().isPresent() ? "redirect:/app" : "identity/login";
    }
}
