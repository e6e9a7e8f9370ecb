package vn.hdndso.documents.web;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.documents.DocumentType;
import vn.hdndso.documents.IncomingStatus;
import vn.hdndso.documents.RegisterTable;
import vn.hdndso.documents.Registers;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.VnTime;

/** The registers of Decree 30 (incoming, outgoing, follow-up) as JSON, XLSX or printable PDF. */
@RestController
@RequestMapping("/api/v1/councils/{slug}/registers")
class RegisterApiController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Councils councils;
    private final Registers registers;
    private final Clock clock;

    RegisterApiController(Councils councils, Registers registers, Clock clock) {
        this.councils = councils;
        this.registers = registers;
        this.clock = clock;
    }

    @GetMapping("/{kind}")
    @PreAuthorize("@councilAccess.has('CLERK','COUNCIL_ADMIN')")
    ResponseEntity<?> register(
            @PathVariable String slug,
            @PathVariable String kind,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable IncomingStatus status,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false, defaultValue = "json") String format) {
        Council council = councils.requireBySlug(slug);
        RegisterTable table = registers.of(council.id(), kindOf(kind), yearOf(year, clock), status, typeOf(type));
        return render(table, format, registers);
    }

    static ResponseEntity<?> render(RegisterTable table, String format, Registers registers) {
        String name = table.kind().fileName(table.year());
        return switch (format) {
            case "json" -> ResponseEntity.ok(table);
            case "xlsx" -> download(registers.xlsx(table), XLSX, name + ".xlsx");
            case "pdf" -> download(registers.pdf(table), MediaType.APPLICATION_PDF, name + ".pdf");
            default -> throw InvalidInputException.of("format", "documents.registers.format.unknown", format);
        };
    }

    static RegisterTable.Kind kindOf(String kind) {
        return RegisterTable.Kind.bySegment(kind)
                .orElseThrow(() -> new NotFoundException("documents.registers.notFound", kind));
    }

    static int yearOf(@Nullable Integer year, Clock clock) {
        if (year == null) {
            return VnTime.today(clock).getYear();
        }
        if (year < 1945 || year > 9999) {
            throw InvalidInputException.of("year", "documents.registers.year.invalid");
        }
        return year;
    }

    static @Nullable String typeOf(@Nullable String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        return DocumentType.byCode(type)
                .map(DocumentType::code)
                .orElseThrow(() -> InvalidInputException.of("type", "documents.typeCode.unknown", type));
    }

    private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }
}
