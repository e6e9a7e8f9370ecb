package vn.hdndso.opendata.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.opendata.BulkExport;
import vn.hdndso.opendata.BulkExports;
import vn.hdndso.opendata.Column;
import vn.hdndso.opendata.ColumnType;
import vn.hdndso.opendata.Dataset;
import vn.hdndso.opendata.DatasetDescription;
import vn.hdndso.opendata.DatasetId;
import vn.hdndso.opendata.DatasetImports;
import vn.hdndso.opendata.DatasetTheme;
import vn.hdndso.opendata.Datasets;
import vn.hdndso.opendata.ImportPreview;
import vn.hdndso.opendata.ImportSettings;
import vn.hdndso.opendata.ImportStatus;
import vn.hdndso.opendata.OpenDataProperties;
import vn.hdndso.opendata.RowProblem;
import vn.hdndso.opendata.Unit;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.InvalidInputException;

/**
 * The staff pages of open data: the council's datasets, a dataset's description and versions,
 * upload → preview with column mapping → import with progress → publish, and the bulk export.
 */
@Controller
@RequestMapping("/app/councils/{slug}/open-data")
@PreAuthorize("@councilAccess.has('CLERK','COUNCIL_ADMIN')")
class OpenDataPagesController {

    private final Councils councils;
    private final Datasets datasets;
    private final DatasetImports imports;
    private final BulkExports exports;
    private final OpenDataProperties settings;
    private final MessageSource messages;

    OpenDataPagesController(
            Councils councils,
            Datasets datasets,
            DatasetImports imports,
            BulkExports exports,
            OpenDataProperties settings,
            MessageSource messages) {
        this.councils = councils;
        this.datasets = datasets;
        this.imports = imports;
        this.exports = exports;
        this.settings = settings;
        this.messages = messages;
    }

    /** The description form as typed, kept when it comes back with errors. */
    record DescriptionForm(
            String title, String description, String source, String period, String licence, String theme) {

        static DescriptionForm of(Dataset d) {
            return new DescriptionForm(
                    d.title(),
                    d.description(),
                    d.source(),
                    d.period(),
                    d.licence(),
                    d.theme().name());
        }

        DatasetDescription toDescription() {
            return new DatasetDescription(title, description, source, period, licence, theme);
        }
    }

    private void common(Model model, Council council) {
        model.addAttribute("council", council);
        model.addAttribute("themes", DatasetTheme.values());
        model.addAttribute("types", ColumnType.values());
        model.addAttribute("units", Unit.values());
    }

    @GetMapping
    String list(@PathVariable String slug, Model model) {
        Council council = councils.requireBySlug(slug);
        common(model, council);
        model.addAttribute("datasets", datasets.list(council.id()));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new DescriptionForm("", "", "", "", settings.licence(), "BUDGET"));
        }
        return "opendata/staff-list";
    }

    @PostMapping
    String create(@PathVariable String slug, DescriptionForm form, Model model, RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        try {
            Dataset created = datasets.create(council.id(), form.toDescription());
            redirect.addFlashAttribute("notice", message("opendata.created"));
            return "redirect:/app/councils/" + slug + "/open-data/" + created.id();
        } catch (InvalidInputException e) {
            model.addAttribute("form", form);
            model.addAttribute("errors", errors(e));
            return list(slug, model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable String slug, @PathVariable UUID id, Model model) {
        Council council = councils.requireBySlug(slug);
        Dataset dataset = datasets.require(council.id(), new DatasetId(id));
        common(model, council);
        model.addAttribute("dataset", dataset);
        model.addAttribute("versions", datasets.versions(council.id(), dataset.id()));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", DescriptionForm.of(dataset));
        }
        return "opendata/staff-dataset";
    }

    @PostMapping("/{id}")
    String describe(
            @PathVariable String slug,
            @PathVariable UUID id,
            DescriptionForm form,
            Model model,
            RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        try {
            datasets.describe(council.id(), new DatasetId(id), form.toDescription());
            redirect.addFlashAttribute("notice", message("opendata.described"));
            return "redirect:/app/councils/" + slug + "/open-data/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("form", form);
            model.addAttribute("errors", errors(e));
            return show(slug, id, model);
        }
    }

    @PostMapping("/{id}/upload")
    String upload(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Model model,
            RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        try {
            byte[] bytes = file == null ? new byte[0] : file.getBytes();
            ImportPreview preview = imports.upload(
                    council.id(), new DatasetId(id), file == null ? null : file.getOriginalFilename(), bytes);
            return "redirect:/app/councils/" + slug + "/open-data/imports/" + preview.importId();
        } catch (InvalidInputException e) {
            model.addAttribute("uploadErrors", errors(e).values());
            return show(slug, id, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/imports/{importId}")
    String importPage(@PathVariable String slug, @PathVariable UUID importId, Model model) {
        Council council = councils.requireBySlug(slug);
        ImportStatus status = imports.status(council.id(), importId);
        common(model, council);
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
        if (model.containsAttribute("preview")) {
            model.addAttribute("problems", describe(((ImportPreview) model.getAttribute("preview")).problems()));
        }
        model.addAttribute("statusProblems", describe(status.problems()));
        return "opendata/import";
    }

    @GetMapping("/imports/{importId}/progress")
    String progress(@PathVariable String slug, @PathVariable UUID importId, Model model) {
        Council council = councils.requireBySlug(slug);
        ImportStatus status = imports.status(council.id(), importId);
        model.addAttribute("council", council);
        model.addAttribute("status", status);
        model.addAttribute("statusProblems", describe(status.problems()));
        return "opendata/import :: progress";
    }

    /** The mapping form: sheet, heading rows and one name, type and unit per column. */
    private static ImportSettings settingsFrom(Map<String, String> form) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; form.containsKey("name" + i); i++) {
            ColumnType type = parse(ColumnType.class, form.get("type" + i), ColumnType.TEXT);
            Unit unit = parse(Unit.class, form.get("unit" + i), Unit.NONE);
            columns.add(new Column(form.get("name" + i), "", type, unit));
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

    @PostMapping("/imports/{importId}")
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
            model.addAttribute("mappingErrors", errors(e).values());
        } catch (BusinessRuleException e) {
            model.addAttribute("mappingErrors", List.of(message(e.messageKey(), e.arguments())));
        }
        return importPage(slug, importId, model);
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        try {
            Dataset published = datasets.publish(council.id(), new DatasetId(id));
            redirect.addFlashAttribute("notice", message("opendata.published", published.publishedVersion()));
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("problem", message(e.messageKey(), e.arguments()));
        }
        return "redirect:/app/councils/" + slug + "/open-data/" + id;
    }

    @PostMapping("/export")
    String export(@PathVariable String slug, RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        BulkExport made = exports.generate(council.id());
        redirect.addFlashAttribute("notice", message("opendata.export.made", made.files()));
        return "redirect:/app/councils/" + slug + "/open-data";
    }

    /** A refused row's reason as a sentence. */
    record ProblemLine(int row, String column, String value, String message) {}

    private List<ProblemLine> describe(List<RowProblem> problems) {
        return problems.stream()
                .map(p -> new ProblemLine(p.row(), p.column(), p.value(), message(p.messageKey(), p.arguments())))
                .toList();
    }

    private Map<String, String> errors(InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.problems()
                .forEach(p -> errors.merge(p.field(), message(p.messageKey(), p.arguments()), (a, b) -> a + " " + b));
        return errors;
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
