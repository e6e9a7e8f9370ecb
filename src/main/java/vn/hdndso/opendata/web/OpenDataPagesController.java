package vn.hdndso.opendata.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.opendata.BulkExport;
import vn.hdndso.opendata.BulkExports;
import vn.hdndso.opendata.Dataset;
import vn.hdndso.opendata.DatasetDescription;
import vn.hdndso.opendata.DatasetId;
import vn.hdndso.opendata.DatasetImports;
import vn.hdndso.opendata.Datasets;
import vn.hdndso.opendata.ImportPreview;
import vn.hdndso.opendata.OpenDataProperties;
import vn.hdndso.opendata.UpdateFrequency;
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
    private final OpenDataStaffPages pages;

    OpenDataPagesController(
            Councils councils,
            Datasets datasets,
            DatasetImports imports,
            BulkExports exports,
            OpenDataProperties settings,
            OpenDataStaffPages pages) {
        this.councils = councils;
        this.datasets = datasets;
        this.imports = imports;
        this.exports = exports;
        this.settings = settings;
        this.pages = pages;
    }

    /** The description form as typed, kept when it comes back with errors. */
    record DescriptionForm(
            String title,
            String description,
            String source,
            String period,
            String licence,
            String theme,
            String updateFrequency) {

        static DescriptionForm of(Dataset d) {
            return new DescriptionForm(
                    d.title(),
                    d.description(),
                    d.source(),
                    d.period(),
                    d.licence(),
                    d.theme().name(),
                    d.updateFrequency().name());
        }

        DatasetDescription toDescription() {
            return new DatasetDescription(title, description, source, period, licence, theme, updateFrequency);
        }
    }

    @GetMapping
    String list(@PathVariable String slug, Model model) {
        Council council = councils.requireBySlug(slug);
        pages.common(model, council);
        model.addAttribute("datasets", datasets.list(council.id()));
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    new DescriptionForm("", "", "", "", settings.licence(), "BUDGET", UpdateFrequency.DEFAULT.name()));
        }
        return "opendata/staff-list";
    }

    @PostMapping
    String create(@PathVariable String slug, DescriptionForm form, Model model, RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        try {
            Dataset created = datasets.create(council.id(), form.toDescription());
            redirect.addFlashAttribute("notice", pages.message("opendata.created"));
            return "redirect:/app/councils/" + slug + "/open-data/" + created.id();
        } catch (InvalidInputException e) {
            model.addAttribute("form", form);
            model.addAttribute("errors", pages.errors(e));
            return list(slug, model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable String slug, @PathVariable UUID id, Model model) {
        Council council = councils.requireBySlug(slug);
        Dataset dataset = datasets.require(council.id(), new DatasetId(id));
        pages.common(model, council);
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
            redirect.addFlashAttribute("notice", pages.message("opendata.described"));
            return "redirect:/app/councils/" + slug + "/open-data/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("form", form);
            model.addAttribute("errors", pages.errors(e));
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
            model.addAttribute("uploadErrors", pages.errors(e).values());
            return show(slug, id, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        try {
            Dataset published = datasets.publish(council.id(), new DatasetId(id));
            redirect.addFlashAttribute(
                    "notice",
                    pages.message("opendata.published", Objects.requireNonNull(published.publishedVersion())));
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("problem", pages.message(e.messageKey(), e.arguments()));
        }
        return "redirect:/app/councils/" + slug + "/open-data/" + id;
    }

    @PostMapping("/export")
    String export(@PathVariable String slug, RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        BulkExport made = exports.generate(council.id());
        redirect.addFlashAttribute("notice", pages.message("opendata.export.made", made.files()));
        return "redirect:/app/councils/" + slug + "/open-data";
    }
}
