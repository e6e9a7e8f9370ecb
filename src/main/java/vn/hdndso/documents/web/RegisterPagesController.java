package vn.hdndso.documents.web;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.documents.DocumentType;
import vn.hdndso.documents.IncomingStatus;
import vn.hdndso.documents.RegisterTable;
import vn.hdndso.documents.Registers;
import vn.hdndso.shared.VnTime;

/** The registers page: pick a year (and type or status) and download a register as XLSX or PDF. */
@Controller
@RequestMapping("/app/councils/{slug}/documents/registers")
@PreAuthorize("@councilAccess.has('CLERK','COUNCIL_ADMIN')")
class RegisterPagesController {

    private final Councils councils;
    private final Registers registers;
    private final Clock clock;

    RegisterPagesController(Councils councils, Registers registers, Clock clock) {
        this.councils = councils;
        this.registers = registers;
        this.clock = clock;
    }

    @GetMapping
    String page(@PathVariable String slug, @RequestParam(required = false) @Nullable Integer year, Model model) {
        Council council = councils.requireBySlug(slug);
        int current = VnTime.today(clock).getYear();
        model.addAttribute("council", council);
        model.addAttribute("kinds", RegisterTable.Kind.values());
        model.addAttribute("year", year == null ? current : year);
        model.addAttribute(
                "years",
                java.util.stream.IntStream.rangeClosed(current - 5, current)
                        .map(y -> current - 5 + current - y)
                        .boxed()
                        .toList());
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("statuses", IncomingStatus.values());
        return "documents/registers";
    }

    @GetMapping("/{kind}")
    ResponseEntity<?> download(
            @PathVariable String slug,
            @PathVariable String kind,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable IncomingStatus status,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(defaultValue = "pdf") String format) {
        Council council = councils.requireBySlug(slug);
        RegisterTable table = registers.of(
                council.id(),
                RegisterApiController.kindOf(kind),
                RegisterApiController.yearOf(year, clock),
                status,
                RegisterApiController.typeOf(type));
        return RegisterApiController.render(table, format, registers);
    }
}
