package vn.hdndso.webhooks.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.web.FlashActions;
import vn.hdndso.shared.web.FormErrors;
import vn.hdndso.shared.web.Page;
import vn.hdndso.webhooks.Delivery;
import vn.hdndso.webhooks.NewSubscription;
import vn.hdndso.webhooks.Subscription;
import vn.hdndso.webhooks.SubscriptionChange;
import vn.hdndso.webhooks.WebhookEvent;
import vn.hdndso.webhooks.Webhooks;

/**
 * The council administrator's webhooks page in the workspace: the subscriptions, a form for a new
 * one, and each subscription's delivery log with replay, pause, resume and delete.
 */
@Controller
@RequestMapping("/app/councils/{slug}/webhooks")
@PreAuthorize(WebhookApiController.ADMIN)
class WebhookPagesController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private final Councils councils;
    private final Webhooks webhooks;
    private final MessageSource messages;

    WebhookPagesController(Councils councils, Webhooks webhooks, MessageSource messages) {
        this.councils = councils;
        this.webhooks = webhooks;
        this.messages = messages;
    }

    /** The form's fields as typed, to show again after an error. */
    record Form(String url, List<String> events) {}

    @GetMapping
    String list(@PathVariable String slug, Model model) {
        Council council = councils.requireBySlug(slug);
        return showList(council, new Form("", List.of()), FormErrors.NONE, model);
    }

    @PostMapping
    String subscribe(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String url,
            @RequestParam(required = false) @Nullable List<String> events,
            @RequestParam(defaultValue = "") String secret,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        List<String> chosen = events == null ? List.of() : events;
        try {
            Subscription created = webhooks.subscribe(council.id(), new NewSubscription(url, chosen, secret, null));
            redirect.addFlashAttribute("done", "webhooks.page.created");
            return "redirect:/app/councils/" + slug + "/webhooks/" + created.id();
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return showList(council, new Form(url, chosen), FormErrors.of(e, messages), model);
        }
    }

    private String showList(Council council, Form form, FormErrors errors, Model model) {
        model.addAttribute("council", council);
        model.addAttribute("subscriptions", webhooks.list(council.id()));
        model.addAttribute("eventChoices", Arrays.asList(WebhookEvent.values()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "webhooks/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable String slug, @PathVariable UUID id, Page.Request page, Model model) {
        Council council = councils.requireBySlug(slug);
        Subscription subscription = webhooks.require(council.id(), id);
        Page<Delivery> deliveries = webhooks.deliveries(council.id(), id, page);
        model.addAttribute("council", council);
        model.addAttribute("subscription", subscription);
        model.addAttribute(
                "events",
                subscription.events().stream()
                        .map(WebhookEvent::messageKey)
                        .sorted()
                        .toList());
        model.addAttribute("deliveries", deliveries);
        model.addAttribute(
                "rows",
                deliveries.items().stream().map(WebhookPagesController::row).toList());
        model.addAttribute("hasMore", (long) (deliveries.page() + 1) * deliveries.size() < deliveries.total());
        return "webhooks/subscription";
    }

    /** A delivery as the log shows it, times in Vietnam time. */
    record Row(
            UUID id,
            String eventKey,
            String stateKey,
            int attempts,
            String createdAt,
            @Nullable String nextAttemptAt,
            @Nullable Integer lastStatus,
            @Nullable String lastError,
            List<AttemptRow> attemptLog) {}

    record AttemptRow(
            int number,
            String at,
            @Nullable Integer status,
            long durationMs,
            @Nullable String error,
            boolean replay) {}

    private static Row row(Delivery d) {
        return new Row(
                d.id(),
                d.event().messageKey(),
                "webhooks.state." + d.state().name(),
                d.attempts(),
                time(d.createdAt()),
                d.nextAttemptAt() == null ? null : time(d.nextAttemptAt()),
                d.lastStatus(),
                d.lastError(),
                d.attemptLog().stream()
                        .map(a -> new AttemptRow(
                                a.number(),
                                time(a.attemptedAt()),
                                a.statusCode(),
                                a.durationMs(),
                                a.error(),
                                a.replay()))
                        .toList());
    }

    private static String time(Instant instant) {
        return TIME.format(instant.atZone(VnTime.ZONE));
    }

    @PostMapping("/{id}/pause")
    String pause(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes redirect) {
        return changeActive(slug, id, false, "webhooks.page.paused", redirect);
    }

    @PostMapping("/{id}/resume")
    String resume(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes redirect) {
        return changeActive(slug, id, true, "webhooks.page.resumed", redirect);
    }

    private String changeActive(String slug, UUID id, boolean active, String doneKey, RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        return FlashActions.run(
                "/app/councils/" + slug + "/webhooks/" + id,
                doneKey,
                redirect,
                messages,
                () -> webhooks.change(council.id(), id, new SubscriptionChange(null, null, null, active)));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        webhooks.delete(council.id(), id);
        redirect.addFlashAttribute("done", "webhooks.page.deleted");
        return "redirect:/app/councils/" + slug + "/webhooks";
    }

    @PostMapping("/{id}/deliveries/{deliveryId}/replay")
    String replay(
            @PathVariable String slug,
            @PathVariable UUID id,
            @PathVariable UUID deliveryId,
            RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        webhooks.replay(council.id(), id, deliveryId);
        redirect.addFlashAttribute("done", "webhooks.page.replayed");
        return "redirect:/app/councils/" + slug + "/webhooks/" + id;
    }
}
