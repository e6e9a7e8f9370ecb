package vn.hdndso.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
import vn.hdndso.identity.AccountAssignments;
import vn.hdndso.identity.UserId;

/** Sets what an account works for (its People's Committee unit or committee) from its page. */
@Controller
@RequestMapping("/app/councils/{slug}/users/{id}/assignment")
@PreAuthorize("@councilAccess.has('COUNCIL_ADMIN')")
class AssignmentPagesController {

    private final Councils councils;
    private final AccountAssignments assignments;
    private final UserPage page;

    AssignmentPagesController(Councils councils, AccountAssignments assignments, UserPage page) {
        this.councils = councils;
        this.assignments = assignments;
        this.page = page;
    }

    @PostMapping
    String assign(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID executiveUnitId,
            @RequestParam(required = false) @Nullable UUID committeeId,
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
                "identity.assignment.saved",
                () -> assignments.assign(council.id(), new UserId(id), executiveUnitId, committeeId));
    }
}
