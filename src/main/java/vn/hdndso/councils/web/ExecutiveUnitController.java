package vn.hdndso.councils.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.ExecutiveUnit;
import vn.hdndso.councils.ExecutiveUnitDetails;
import vn.hdndso.councils.ExecutiveUnits;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.web.FormErrors;

/** The "People's Committee and units" tab: the list, adding a unit, editing one. */
@Controller
class ExecutiveUnitController {

    private final Workspace workspace;
    private final ExecutiveUnits units;

    ExecutiveUnitController(Workspace workspace, ExecutiveUnits units) {
        this.workspace = workspace;
        this.units = units;
    }

    /** A checkbox sends {@code active} only when ticked. */
    record UnitForm(
            @Nullable String name,
            @Nullable String kind,
            @Nullable String parentId,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String active) {

        static final UnitForm EMPTY = new UnitForm(null, ExecutiveUnit.Kind.OFFICE.name(), null, null, null, "true");

        static UnitForm of(ExecutiveUnit u) {
            return new UnitForm(
                    u.name(),
                    u.kind().name(),
                    u.parentId() == null ? null : u.parentId().toString(),
                    u.email(),
                    u.phone(),
                    u.active() ? "true" : null);
        }

        ExecutiveUnitDetails details() {
            var input = new Input();
            var details = new ExecutiveUnitDetails(
                    name == null ? "" : name,
                    input.choice("kind", kind, ExecutiveUnit.Kind.class),
                    input.id("parentId", parentId),
                    email,
                    phone,
                    active != null);
            input.throwIfFailed(details::check);
            return details;
        }
    }

    @GetMapping("/app/councils/{slug}/executive-units")
    @PreAuthorize(StaffAccess.MEMBER)
    String list(@PathVariable String slug, Model model) {
        Council council = workspace.open(slug, model);
        List<ExecutiveUnit> all = units.of(council.id());
        model.addAttribute("units", all);
        model.addAttribute("byId", all.stream().collect(Collectors.toMap(u -> u.id().toString(), Function.identity())));
        model.addAttribute("kinds", ExecutiveUnit.Kind.values());
        model.asMap().putIfAbsent("form", UnitForm.EMPTY);
        model.asMap().putIfAbsent("errors", FormErrors.NONE);
        return "councils/executive-units";
    }

    @PostMapping("/app/councils/{slug}/executive-units")
    @PreAuthorize(StaffAccess.MANAGE)
    String create(
            @PathVariable String slug,
            @ModelAttribute("form") UnitForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Council council = workspace.open(slug, model);
        try {
            ExecutiveUnit unit = units.create(council.id(), form.details());
            Workspace.notice(redirect, "councils.notice.unitCreated", unit.name());
            return "redirect:/app/councils/" + slug + "/executive-units";
        } catch (InvalidInputException | BusinessRuleException e) {
            workspace.refused(e, "errors", model, response);
            return list(slug, model);
        }
    }

    @GetMapping("/app/councils/{slug}/executive-units/{id}")
    @PreAuthorize(StaffAccess.MEMBER)
    String unit(@PathVariable String slug, @PathVariable UUID id, Model model) {
        Council council = workspace.open(slug, model);
        ExecutiveUnit unit = units.require(council.id(), id);
        model.addAttribute("unit", unit);
        model.addAttribute(
                "parents",
                units.of(council.id()).stream().filter(u -> !u.id().equals(id)).toList());
        model.addAttribute("kinds", ExecutiveUnit.Kind.values());
        model.asMap().putIfAbsent("form", UnitForm.of(unit));
        model.asMap().putIfAbsent("errors", FormErrors.NONE);
        return "councils/executive-unit";
    }

    @PostMapping("/app/councils/{slug}/executive-units/{id}")
    @PreAuthorize(StaffAccess.MANAGE)
    String update(
            @PathVariable String slug,
            @PathVariable UUID id,
            @ModelAttribute("form") UnitForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Council council = workspace.open(slug, model);
        try {
            ExecutiveUnit unit = units.update(council.id(), id, form.details());
            Workspace.notice(redirect, "councils.notice.unitUpdated", unit.name());
            return "redirect:/app/councils/" + slug + "/executive-units";
        } catch (InvalidInputException | BusinessRuleException e) {
            workspace.refused(e, "errors", model, response);
            return unit(slug, id, model);
        }
    }
}
