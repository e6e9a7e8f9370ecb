package vn.hdndso.opendata.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
import vn.hdndso.opendata.Column;
import vn.hdndso.opendata.ColumnType;
import vn.hdndso.opendata.DatasetImports;
import vn.hdndso.opendata.Datasets;
import vn.hdndso.opendata.ImportPreview;
import vn.hdndso.opendata.ImportSettings;
import vn.hdndso.opendata.ImportStatus;
import vn.hdndso.opendata.Unit;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.InvalidInputException;

/**
 * The staff pages of an import after the upload: the preview with the column mapping (sheet,
 * heading rows, name, type and unit per column), starting the import and its progress.
 */
@Controller
@RequestMapping("/app/councils/{slug}/open-data/imports")
@PreAuthorize("@councilAccess.has('CLERK','COUNCIL_ADMIN')")
class DatasetImportPagesController {

    private final Councils councils;
    private final Datasets datasets;
    private final DatasetImports imports;
    private final OpenDataStaffPages pages;

    DatasetImportPagesController(
            Councils councils, Datasets datasets, DatasetImports imports, OpenDataStaffPages pages) {
        this.councils = councils;
        this.datasets = datasets;
        this.imports = imports;
        this.pages = pages;
    }

    @GetMapping("/{importId}")
    String importPage(@PathVariable String slug, @PathVariable UUID importId, Model model) {
        Council council = councils.requireBySlug(slug);
        ImportStatus status = imports.status(council.id(), importId);
        pages.common(model, council);
        model.addAttribute("dataset", datasets.require(council.id(), status.dataset()));
        model.addAttribute("status", status);
        if (status.state() == ImportStatus.State.PREVIEW
                || (status.state() == ImportStatus.State.FAILED && !model.containsAttribute("preview"))) {
            if (!model.containsAttribute("preview")) {
                try {
                    model.addAttribute("preview", imports.currentPreview(council.id(), importId));
                } catch (BusinessRuleException gone) {
                    // a finished upload no longer keeps its file
                }
            }
        }
        if (model.getAttribute("preview") instanceof ImportPreview preview) {
            model.addAttribute("problems", pages.problems(preview.problems()));
        }
        model.addAttribute("statusProblems", pages.problems(status.problems()));
        return "opendata/import";
    }

    @GetMapping("/{importId}/progress")
    String progress(@PathVariable String slug, @PathVariable UUID importId, Model model) {
        Council council = councils.requireBySlug(slug);
        ImportStatus status = imports.status(council.id(), importId);
        model.addAttribute("council", council);
        model.addAttribute("status", status);
        model.addAttribute("statusProblems", pages.problems(status.problems()));
        return "opendata/import :: progress";
    }

    /** The mapping form: sheet, heading rows and one name, type and unit per column. */
    private static ImportSettings settingsFrom(Map<String, String> form) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; form.containsKey("name" + i); i++) {
            ColumnType type = parse(ColumnType.class, form.get("type" + i), ColumnType.TEXT);
            Unit unit = parse(Unit.class, form.get("unit" + i), Unit.NONE);
            columns.add(new Column(form.getOrDefault("name" + i, ""), "", type, unit));
        }
        return new ImportSettings(
                integer(form.get("sheet")),
                integer(form.get("headerRow")),
                integer(form.get("headerRows")),
                columns.isEmpty() ? null : columns);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, @Nullable String value, E fallback) {
        if (value == null) {
            return fallback;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(value))
                .findFirst()
                .orElse(fallback);
    }

    private static @Nullable Integer integer(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @PostMapping("/{importId}")
    String previewOrStart(
            @PathVariable String slug,
            @PathVariable UUID importId,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        ImportSettings chosen = settingsFrom(form);
        boolean start = "start".equals(form.get("action"));
        // a changed sheet or heading invalidates the column mapping
        if ("reread".equals(form.get("action"))) {
            chosen = new ImportSettings(chosen.sheet(), chosen.headerRow(), chosen.headerRows(), null);
        }
        try {
            if (start) {
                imports.start(council.id(), importId, chosen, form.containsKey("keepGoodRows"));
                return "redirect:/app/councils/" + slug + "/open-data/imports/" + importId;
            }
            model.addAttribute("preview", imports.preview(council.id(), importId, chosen));
        } catch (InvalidInputException e) {
            model.addAttribute("mappingErrors", pages.errors(e).values());
        } catch (BusinessRuleException e) {
            model.addAttribute("mappingErrors", List.of(pages.message(e.messageKey(), e.arguments())));
        }
        return importPage(slug, importId, model);
    }
}
