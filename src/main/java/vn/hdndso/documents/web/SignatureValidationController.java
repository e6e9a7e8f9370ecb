package vn.hdndso.documents.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.hdndso.documents.SignatureValidation;
import vn.hdndso.shared.web.Problems;

/** Public validation of the signatures of a PDF: anyone may check a document they received. */
@RestController
class SignatureValidationController {

    private final SignatureValidation validation;
    private final Problems messages;

    SignatureValidationController(SignatureValidation validation, Problems messages) {
        this.validation = validation;
        this.messages = messages;
    }

    @Operation(
            summary = "Kiểm tra chữ ký số của một tệp PDF",
            description = "Công khai, không cần đăng nhập. Phần multipart `file` là tệp PDF.")
    @PostMapping(path = "/api/v1/signatures/validate", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    SignatureReportView validate(@RequestPart("file") MultipartFile file) {
        return SignatureReportView.of(fileName(file), validation.validate(MultipartParts.bytes(file)), messages);
    }

    static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return "";
        }
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }
}
