package vn.hdndso.notifications.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.notifications.Channel;
import vn.hdndso.notifications.MessageState;
import vn.hdndso.notifications.SentMessages;
import vn.hdndso.shared.web.Page;

/** The "Thông báo" page of the workspace: the council's outbox, filtered by state; resend a failed message. */
@Controller
@RequestMapping("/app/councils/{slug}/notifications")
class NotificationPagesController {

    private final Councils councils;
    private final SentMessages messages;

    NotificationPagesController(Councils councils, SentMessages messages) {
        this.councils = councils;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize(NotificationApiController.OFFICE)
    String list(
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        Council council = councils.requireBySlug(slug);
        MessageState filter = MessageStates.parse(state);
        model.addAttribute("council", council);
        model.addAttribute("state", filter == null ? "" : filter.name());
        model.addAttribute("states", MessageState.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("messages", messages.list(council.id(), filter, new Page.Request(page, 50)));
        return "notifications/list";
    }

    @PostMapping("/{id}/resend")
    @PreAuthorize(NotificationApiController.OFFICE)
    String resend(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes redirect) {
        messages.resend(councils.requireBySlug(slug).id(), id);
        redirect.addFlashAttribute("notice", "notify.resend.done");
        return "redirect:/app/councils/" + slug + "/notifications";
    }
}
