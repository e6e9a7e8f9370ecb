package vn.hdndso.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.CouncilOrganisation;
import vn.hdndso.identity.ApiKeys;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.identity.Role;
import vn.hdndso.identity.UserAccount;
import vn.hdndso.identity.UserAccounts;
import vn.hdndso.identity.UserId;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.web.FormErrors;

/** The pages of one account (its create form and its page) as the user controllers show them. */
@Component
class UserPage {

    private final UserAccounts accounts;
    private final ApiKeys apiKeys;
    private final MessageSource messages;
    private final Clock clock;
    private final AssignmentSection assignment;
    private final CouncilOrganisation organisation;

    UserPage(
            UserAccounts accounts,
            ApiKeys apiKeys,
            MessageSource messages,
            Clock clock,
            AssignmentSection assignment,
            CouncilOrganisation organisation) {
        this.accounts = accounts;
        this.organisation = organisation;
        this.apiKeys = apiKeys;
        this.messages = messages;
        this.clock = clock;
        this.assignment = assignment;
    }

    /** Runs an action on one account: back to its page with a note, or the page with the errors. */
    String act(
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

    String showCreateForm(Council council, UserPagesController.UserForm form, FormErrors errors, Model model) {
        model.addAttribute("council", council);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("roleChoices", roleChoices(council));
        // one person, one delegate: a DELEGATE account may join a delegate who has no account yet
        model.addAttribute(
                "unlinkedDelegates",
                organisation.currentDelegates(council.id()).stream()
                        .filter(d -> d.active() && d.userId() == null)
                        .toList());
        return "identity/user-new";
    }

    String showDetail(Council council, UserId id, FormErrors errors, Model model) {
        UserAccount account = accounts.require(council.id(), id);
        Instant now = clock.instant();
        model.addAttribute("council", council);
        model.addAttribute("account", account);
        model.addAttribute("locked", account.lockedAt(now));
        model.addAttribute("keys", apiKeys.ofUser(council.id(), id));
        model.addAttribute("now", now);
        model.addAttribute("errors", errors);
        model.addAttribute("roleChoices", roleChoices(council));
        model.addAttribute("vnTime", VietnamTime.INSTANCE);
        assignment.addTo(council, id, model);
        model.addAttribute(
                "delegate",
                organisation.currentDelegates(council.id()).stream()
                        .filter(d -> id.value().equals(d.userId()))
                        .findFirst()
                        .orElse(null));
        return "identity/user";
    }

    /** The roles an administrator can give here; the city administrator's only in the city council. */
    static List<Role> roleChoices(Council council) {
        Set<Role> roles = EnumSet.copyOf(UserAccounts.assignableRoles());
        roles.add(Role.API_CLIENT);
        if (council.isProvincial()
                && CurrentUser.get().map(CurrentUser::isCityAdmin).orElse(false)) {
            roles.add(Role.CITY_ADMIN);
        }
        return roles.stream().sorted().toList();
    }
}
