package vn.hdndso.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
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
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.identity.NewUser;
import vn.hdndso.identity.Role;
import vn.hdndso.identity.SecondFactor;
import vn.hdndso.identity.UserAccount;
import vn.hdndso.identity.UserAccounts;
import vn.hdndso.identity.UserId;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.web.FormErrors;

/**
 * The accounts of a council, for its administrators (and the city administrator): list, create,
 * and one account's page with roles, enabling, unlocking, a new password (its API keys: {@link
 * UserApiKeyPagesController}).
 */
@Controller
@RequestMapping("/app/councils/{slug}/users")
@PreAuthorize("@councilAccess.has('COUNCIL_ADMIN')")
class UserPagesController {

    private final Councils councils;
    private final UserAccounts accounts;
    private final SecondFactor secondFactor;
    private final MessageSource messages;
    private final UserPage page;
    private final Clock clock;

    UserPagesController(
            Councils councils,
            UserAccounts accounts,
            SecondFactor secondFactor,
            MessageSource messages,
            UserPage page,
            Clock clock) {
        this.councils = councils;
        this.accounts = accounts;
        this.secondFactor = secondFactor;
        this.messages = messages;
        this.page = page;
        this.clock = clock;
    }

    /** What the create form holds, kept when it comes back with errors (never the password). */
    record UserForm(String username, String fullName, String email, String phone, Set<Role> roles, String delegateId) {

        static UserForm empty() {
            return new UserForm("", "", "", "", Set.of(), "");
        }
    }

    @GetMapping
    String list(@PathVariable String slug, Model model) {
        Council council = councils.requireBySlug(slug);
        model.addAttribute("council", council);
        model.addAttribute("accounts", accounts.ofCouncil(council.id()));
        model.addAttribute("now", Instant.now(clock));
        return "identity/users";
    }

    @GetMapping("/new")
    String createForm(@PathVariable String slug, Model model) {
        return page.showCreateForm(councils.requireBySlug(slug), UserForm.empty(), FormErrors.NONE, model);
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
            @RequestParam(defaultValue = "") String delegateId,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Council council = councils.requireBySlug(slug);
        var form = new UserForm(username, fullName, email, phone, parseRoles(roles), delegateId);
        try {
            UserAccount created = accounts.create(
                    council.id(),
                    new NewUser(username, password, fullName, email, phone, form.roles(), delegate(delegateId)),
                    CurrentUser.get().map(CurrentUser::isCityAdmin).orElse(false),
                    council.isProvincial());
            redirect.addFlashAttribute("done", "users.created");
            return "redirect:/app/councils/" + slug + "/users/" + created.id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page.showCreateForm(council, form, FormErrors.of(e, messages), model);
        } catch (BusinessRuleException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page.showCreateForm(council, form, FormErrors.of(e, messages), model);
        }
    }

    /** The delegate chosen on the form ("" for a new one); anything else than a delegate's id is a form error. */
    private static @Nullable UUID delegate(String chosen) {
        if (chosen.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(chosen.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("delegateId", "identity.validation.delegateId.unknown");
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable String slug, @PathVariable UUID id, Model model) {
        return page.showDetail(councils.requireBySlug(slug), new UserId(id), FormErrors.NONE, model);
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
        return page.act(
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
        return page.act(
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
        return page.act(
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
        return page.act(
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
        return page.act(
                council,
                new UserId(id),
                model,
                redirect,
                response,
                "users.passwordReset",
                () -> accounts.resetPassword(council.id(), new UserId(id), password));
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
