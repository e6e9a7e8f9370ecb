package vn.hdndso.documents.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import vn.hdndso.documents.SignatureValidation;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.web.Problems;

/** The public page "Kiểm tra chữ ký số": upload a PDF, read its signatures; works without script. */
@Controller
class SignatureCheckPageController {

    static final String PATH = "/kiem-tra-chu-ky";

    private final SignatureValidation validation;
    private final Problems messages;

    SignatureCheckPageController(SignatureValidation validation, Problems messages) {
        this.validation = validation;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String form() {
        return "documents/signature-check";
    }

    @PostMapping(PATH)
    String check(@RequestPart(name = "file", required = false) MultipartFile file, Model model) {
        if (file == null || file.isEmpty()) {
            model.addAttribute("error", messages.message("signatures.page.noFile"));
            return "documents/signature-check";
        }
        try {
            var report = validation.validate(MultipartParts.bytes(file));
            model.addAttribute(
                    "report", SignatureReportView.of(SignatureValidationController.fileName(file), report, messages));
        } catch (InvalidInputException e) {
            var problem = e.problems().getFirst();
            model.addAttribute("error", messages.message(problem.messageKey(), problem.arguments()));
        }
        return "documents/signature-check";
    }
}
