package vn.hdndso.notifications.web;

import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.notifications.Channel;
import vn.hdndso.notifications.NotificationPreferences;
import vn.hdndso.notifications.Preference;

/** The account's own page "Cách nhận thông báo": channels, language, opt-out. */
@Controller
@RequestMapping("/app/account/notifications")
class PreferencePagesController {

    private final NotificationPreferences preferences;

    PreferencePagesController(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("preference", preferences.of(me()));
        model.addAttribute("channels", Channel.values());
        return "notifications/preferences";
    }

    @PostMapping
    String save(
            @RequestParam(required = false) @Nullable List<Channel> channels,
            @RequestParam(required = false) @Nullable String language,
            @RequestParam(required = false, defaultValue = "false") boolean optedOut,
            RedirectAttributes redirect) {
        EnumSet<Channel> chosen = EnumSet.noneOf(Channel.class);
        if (channels != null) {
            chosen.addAll(channels);
        }
        String lang = "en".equals(language) ? "en" : "vi";
        preferences.save(me(), new Preference(lang, chosen, optedOut));
        redirect.addFlashAttribute("notice", "notify.preference.saved");
        return "redirect:/app/account/notifications";
    }

    private static CurrentUser me() {
        return CurrentUser.get()
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("signed out"));
    }
}
