package vn.hdndso.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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
import vn.hdndso.identity.ApiKeys;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.identity.NewUser;
import vn.hdndso.identity.Role;
import vn.hdndso.identity.SecondFactor;
import vn.hdndso.identity.UserAccount;
import vn.hdndso.identity.UserAccounts;
import vn.hdndso.identity.UserId;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.InvalidInputException;

/**
 * The accounts of a council, for its administrators (and the city administrator): list, create,
 * and one account's page with roles, enabling, unlocking, a new password and API keys.
 */
@Controller
@RequestMapping("/app/councils/{slug}/users")
@PreAuthorize("@councilAccess.has('COUNCIL_ADMIN')")
class UserPagesController {

    private final Councils councils;
    private final UserAccounts accounts;
    private final ApiKeys apiKeys;
    private final SecondFactor secondFactor;
    private final MessageSource messages;

    UserPagesController(
            Councils councils,
            UserAccounts accounts,
            ApiKeys apiKeys,
            SecondFactor secondFactor,
            MessageSource messages) {
        this.councils = councils;
        this.accounts = accounts;
        this.apiKeys = apiKeys;
        this.secondFactor = secondFactor;
        this.messages = messages;
    }

    /** What the create form holds, kept when it comes back with errors (never the password). */
    record UserForm(String username, String fullName, String email, String phone, Set<Role> roles) {

        static UserForm empty() {
            return new UserForm("", "", "", "", Set.of());
        }
    }

    @GetMapping
    String list(@PathVariable String slug, Model model) {
        Council council = councils.requireBySlug(slug);
        model.addAttribute("council", council);
        model.addAttribute("accounts", accounts.ofCouncil(council.id()));
        model.addAttribute("now", Instant.now());
        return "identity/users";
    }

    @GetMapping("/new")
    String createForm(@PathVariable String slug, Model model) {
        return showCreateForm(councils.requireBySlug(slug), UserForm.empty(), FormErrors.NONE, model);
    }

    @PostMapping
    String create(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String fullName,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String phone,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(required = false) @Nullable List<String> roles,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Council council = councils.requireBySlug(slug);
        var form = new UserForm(username, fullName, email, phone, parseRoles(roles));
        try {
            UserAccount created = accounts.create(
                    council.id(),
                    new NewUser(username, password, fullName, email, phone, form.roles()),
                    CurrentUser.get().map(CurrentUser::isCityAdmin).orElse(false),
                    council.isProvincial());
            redirect.addFlashAttribute("done", "users.created");
            return "redirect:/app/councils/" + slug + "/users/" + created.id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return showCreateForm(council, form, FormErrors.of(e, messages), model);
        } catch (BusinessRuleException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return showCreateForm(council, form, FormErrors.of(e, messages), model);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable String slug, @PathVariable UUID id, Model model) {
        return showDetail(councils.requireBySlug(slug), new UserId(id), FormErrors.NONE, model);
    }

    @PostMapping("/{id}/roles")
    String changeRoles(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable List<String> roles,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Council council = councils.requireBySlug(slug);
        return act(
                council,
                new UserId(id),
                model,
                redirect,
                response,
                "users.rolesChanged",
                () -> accounts.changeRoles(council.id(), new UserId(id), parseRoles(roles), council.isProvincial()));
    }

    @PostMapping("/{id}/enabled")
    String setEnabled(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam boolean enabled,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Council council = councils.requireBySlug(slug);
        return act(
                council,
                new UserId(id),
                model,
                redirect,
                response,
                enabled ? "users.enabled" : "users.disabled",
                () -> accounts.setEnabled(council.id(), new UserId(id), enabled));
    }

    @PostMapping("/{id}/unlock")
    String unlock(
            @PathVariable String slug,
            @PathVariable UUID id,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Council council = councils.requireBySlug(slug);
        return act(
                council,
                new UserId(id),
                model,
                redirect,
                response,
                "users.unlocked",
                () -> accounts.unlock(council.id(), new UserId(id)));
    }

    @PostMapping("/{id}/totp/reset")
    String resetSecondFactor(
            @PathVariable String slug,
            @PathVariable UUID id,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Council council = councils.requireBySlug(slug);
        return act(
                council,
                new UserId(id),
                model,
                redirect,
                response,
                "users.totpReset",
                () -> secondFactor.resetFor(council.id(), new UserId(id)));
    }

    @PostMapping("/{id}/password")
    String resetPassword(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String password,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Council council = councils.requireBySlug(slug);
        return act(
                council,
                new UserId(id),
                model,
                redirect,
                response,
                "users.passwordReset",
                () -> accounts.resetPassword(council.id(), new UserId(id), password));
    }

    @PostMapping("/{id}/api-keys")
    String createApiKey(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String expiresOn,
            Model model,
            HttpServletResponse response) {
        Council council = councils.requireBySlug(slug);
        UserId user = new UserId(id);
        Instant expiresAt;
        try {
            expiresAt = expiresOn.isBlank()
                    ? null
                    : LocalDate.parse(expiresOn.strip())
                            .plusDays(1)
                            .atStartOfDay(VietnamTime.ZONE)
                            .toInstant();
        } catch (DateTimeParseException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return showDetail(council, user, FormErrors.field("expiresOn", "validation.date", messages), model);
        }
        try {
            var issued = apiKeys.create(council.id(), user, name, expiresAt);
            model.addAttribute("issued", issued);
            return showDetail(council, user, FormErrors.NONE, model);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return showDetail(council, user, FormErrors.of(e, messages), model);
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

    /** Runs an action on one account: back to its page with a note, or the page with the errors. */
    private String act(
            Council council,
            UserId id,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response,
            String doneKey,
            Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return showDetail(council, id, FormErrors.of(e, messages), model);
        } catch (BusinessRuleException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return showDetail(council, id, FormErrors.of(e, messages), model);
        }
        redirect.addFlashAttribute("done", doneKey);
        return "redirect:/app/councils/" + council.slug() + "/users/" + id;
    }

    private String showCreateForm(Council council, UserForm form, FormErrors errors, Model model) {
        model.addAttribute("council", council);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("roleChoices", roleChoices(council));
        return "identity/user-new";
    }

    private String showDetail(Council council, UserId id, FormErrors errors, Model model) {
        UserAccount account = accounts.require(council.id(), id);
        Instant now = Instant.now();
        model.addAttribute("council", council);
        model.addAttribute("account", account);
        model.addAttribute("locked", account.lockedAt(now));
        model.addAttribute("keys", apiKeys.ofUser(council.id(), id));
        model.addAttribute("now", now);
        model.addAttribute("errors", errors);
        model.addAttribute("roleChoices", roleChoices(council));
        model.addAttribute("vnTime", VietnamTime.INSTANCE);
        return "identity/user";
    }

    /** The roles an administrator can give here; the city administrator's only in the city council. */
    private static List<Role> roleChoices(Council council) {
        Set<Role> roles = EnumSet.copyOf(UserAccounts.assignableRoles());
        roles.add(Role.API_CLIENT);
        if (council.isProvincial()
                && CurrentUser.get().map(CurrentUser::isCityAdmin).orElse(false)) {
            roles.add(Role.CITY_ADMIN);
        }
        return roles.stream().sorted().toList();
    }

    /** The ticked roles; names that are no role (a tampered form) are left out. */
    private static Set<Role> parseRoles(@Nullable List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            Arrays.stream(Role.values()).filter(r -> names.contains(r.name())).forEach(roles::add);
        }
        return roles;
    }
}
