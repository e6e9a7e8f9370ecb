package vn.hdndso.petitions.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.petitions.PetitionImports;

/**
 * Import of petition lists: {@code file} (CSV or XLSX), the mapping as parameters {@code
 * map.content=Nội dung} etc. (guessed from the headers when absent), {@code dryRun=true} for the
 * preview.
 */
@RestController
class ImportApiController {

    private final Councils councils;
    private final PetitionImports imports;

    ImportApiController(Councils councils, PetitionImports imports) {
        this.councils = councils;
        this.imports = imports;
    }

    @PostMapping("/api/v1/councils/{slug}/petition-imports")
    @PreAuthorize(PetitionApiController.STAFF)
    Object importList(
            @PathVariable String slug,
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam Map<String, String> parameters)
            throws IOException {
        Council council = councils.requireBySlug(slug);
        Map<String, String> mapping = mapping(parameters);
        String name = file.getOriginalFilename() == null ? "danh-sach" : file.getOriginalFilename();
        return dryRun
                ? imports.preview(council.id(), name, file.getBytes(), mapping)
                : imports.importRows(council.id(), name, file.getBytes(), mapping);
    }

    static Map<String, String> mapping(@Nullable Map<String, String> parameters) {
        Map<String, String> mapping = new LinkedHashMap<>();
        if (parameters != null) {
            parameters.forEach((k, v) -> {
                if (k.startsWith("map.") && v != null && !v.isBlank()) {
                    mapping.put(k.substring(4), v);
                }
            });
        }
        return mapping;
    }
}
