package vn.hdndso.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.identity.ApiKeys;
import vn.hdndso.identity.UserId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.web.FormErrors;

/** An account's API keys on its page: a new key (shown once) and revoking one. */
@Controller
@RequestMapping("/app/councils/{slug}/users")
@PreAuthorize("@councilAccess.has('COUNCIL_ADMIN')")
class UserApiKeyPagesController {

    private final Councils councils;
    private final ApiKeys apiKeys;
    private final MessageSource messages;
    private final UserPage page;

    UserApiKeyPagesController(Councils councils, ApiKeys apiKeys, MessageSource messages, UserPage page) {
        this.councils = councils;
        this.apiKeys = apiKeys;
        this.messages = messages;
        this.page = page;
    }

    @PostMapping("/{id}/api-keys")
    String createApiKey(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String expiresOn,
            @RequestParam(defaultValue = "") java.util.List<String> scopes,
            Model model,
            HttpServletResponse response) {
        Council council = councils.requireBySlug(slug);
        UserId user = new UserId(id);
        @Nullable Instant expiresAt;
        try {
            expiresAt = expiresOn.isBlank()
                    ? null
                    : vn.hdndso.shared.VnDates.parseDate(expiresOn)
                            .plusDays(1)
                            .atStartOfDay(VnTime.ZONE)
                            .toInstant();
        } catch (DateTimeParseException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page.showDetail(council, user, FormErrors.field("expiresOn", "validation.date", messages), model);
        }
        try {
            var issued = apiKeys.create(council.id(), user, name, expiresAt, ApiKeyScopes.parse(scopes));
            model.addAttribute("issued", issued);
            return page.showDetail(council, user, FormErrors.NONE, model);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page.showDetail(council, user, FormErrors.of(e, messages), model);
        }
    }

    @PostMapping("/{id}/api-keys/{keyId}/revoke")
    String revokeApiKey(
            @PathVariable String slug, @PathVariable UUID id, @PathVariable UUID keyId, RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        apiKeys.revoke(council.id(), keyId);
        redirect.addFlashAttribute("done", "apiKeys.revoked");
        return "redirect:/app/councils/" + slug + "/users/" + id + "#api-keys";
    }
}
