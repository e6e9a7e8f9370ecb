package vn.hdndso.identity.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.hdndso.councils.Councils;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.shared.VnText;

/**
 * The staff workspace's entry: the city administrator picks a council; everyone else goes
 * straight to their home in their own council's workspace ("Việc của tôi").
 */
@Controller
class WorkspaceController {

    private final Councils councils;

    WorkspaceController(Councils councils) {
        this.councils = councils;
    }

    @GetMapping("/app")
    String workspace(@RequestParam(required = false) @Nullable String q, Model model) {
        CurrentUser user = CurrentUser.get().orElseThrow();
        if (!user.isCityAdmin()) {
            return "redirect:/app/councils/" + councils.require(user.council()).slug() + "/home";
        }
        String query = q == null ? "" : VnText.normalize(q);
        model.addAttribute("q", query);
        model.addAttribute("councils", councils.search(query));
        return "identity/workspace";
    }
}
