package vn.hdndso.documents;

import java.util.Set;
import org.springframework.stereotype.Service;
import vn.hdndso.documents.signatures.PadesValidator;
import vn.hdndso.files.FileType;
import vn.hdndso.files.UploadCheck;

/**
 * Validates the PAdES signatures of a PDF: for each signature the signer, the claimed time, the
 * integrity of the signed bytes, the certificate chain against the configured trust store ({@code
 * HDND_TRUST_DIR}) and revocation where it can be checked. Fail closed: what cannot be determined
 * is reported so, never as valid. See {@code docs/signatures.md}.
 */
@Service
public class SignatureValidation {

    private final UploadCheck uploads;
    private final PadesValidator validator;

    SignatureValidation(UploadCheck uploads, PadesValidator validator) {
        this.uploads = uploads;
        this.validator = validator;
    }

    /**
     * @param pdf the whole file
     * @throws vn.hdndso.shared.InvalidInputException on field {@code file} if it is not a usable
     *     PDF (another type, damaged, password-protected or encrypted, too large)
     */
    public SignatureReport validate(byte[] pdf) {
        uploads.check(pdf, Set.of(FileType.PDF));
        return validator.validate(pdf);
    }
}
