package vn.hdndso.identity.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.hdndso.identity.CurrentUser;

/** Every page knows who is signed in (the layout shows it). */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

    @ModelAttribute("currentUser")
    @Nullable
    CurrentUser currentUser() {
        return CurrentUser.get().orElse(null);
    }
}
