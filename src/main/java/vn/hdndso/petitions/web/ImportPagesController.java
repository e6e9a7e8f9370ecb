package vn.hdndso.petitions.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.petitions.PetitionImports;
import vn.hdndso.shared.InvalidInputException;

/**
 * Import of a petition list in the workspace: upload, the column mapping with a preview of the
 * rows and their problems, then the import. Between preview and import the file waits in the
 * user's session (at most {@link #MAX_BYTES}).
 */
@Controller
@RequestMapping("/app/councils/{slug}/petitions/import")
@PreAuthorize(PetitionApiController.STAFF)
class ImportPagesController {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final String FILE = "petitions.import.file";
    private static final String NAME = "petitions.import.name";

    private final Councils councils;
    private final PetitionImports imports;
    private final MessageSource messages;

    ImportPagesController(Councils councils, PetitionImports imports, MessageSource messages) {
        this.councils = councils;
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping
    String form(@PathVariable String slug, Model model) {
        model.addAttribute("council", councils.requireBySlug(slug));
        return "petitions/staff-import";
    }

    @PostMapping
    String upload(
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam Map<String, String> parameters,
            @RequestParam(defaultValue = "preview") String action,
            HttpSession session,
            HttpServletResponse response,
            Model model)
            throws IOException {
        Council council = councils.requireBySlug(slug);
        model.addAttribute("council", council);
        byte[] bytes;
        String name;
        if (file != null && !file.isEmpty()) {
            if (file.getSize() > MAX_BYTES) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                model.addAttribute("problem", message("petitions.import.tooLarge", MAX_BYTES / (1024 * 1024)));
                return "petitions/staff-import";
            }
            bytes = file.getBytes();
            name = file.getOriginalFilename() == null ? "danh-sach" : file.getOriginalFilename();
            session.setAttribute(FILE, bytes);
            session.setAttribute(NAME, name);
        } else if (session.getAttribute(FILE) instanceof byte[] kept) {
            bytes = kept;
            name = String.valueOf(session.getAttribute(NAME));
        } else {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", message("petitions.import.empty"));
            return "petitions/staff-import";
        }
        Map<String, String> mapping = ImportApiController.mapping(parameters);
        try {
            if ("import".equals(action)) {
                var result = imports.importRows(council.id(), name, bytes, mapping);
                session.removeAttribute(FILE);
                session.removeAttribute(NAME);
                model.addAttribute("result", result);
                return "petitions/staff-import";
            }
            model.addAttribute("preview", imports.preview(council.id(), name, bytes, mapping));
            model.addAttribute("fileName", name);
            model.addAttribute("targets", PetitionImports.TARGETS);
            return "petitions/staff-import";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute(
                    "problems",
                    e.problems().stream()
                            .map(p -> message(p.messageKey(), p.arguments()))
                            .toList());
            if (!"import".equals(action)) {
                session.removeAttribute(FILE);
            }
            return "petitions/staff-import";
        }
    }

    private String message(String key, Object... arguments) {
        return java.util.Objects.requireNonNullElse(
                messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale()), key);
    }
}
