package vn.hdndso.documents.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.hdndso.councils.Council;
import vn.hdndso.documents.signatures.CouncilKeys;
import vn.hdndso.documents.signatures.IssueMarks;
import vn.hdndso.documents.signatures.PadesSigner;
import vn.hdndso.documents.signatures.Pkcs11Keys;
import vn.hdndso.documents.signatures.SigningContext;
import vn.hdndso.documents.signatures.SigningKey;
import vn.hdndso.shared.BusinessRuleException;

/**
 * The signatures of an issued document, in the order of Decree 30 (Annex I §II.8): the number and
 * date written into the PDF's placeholders ({@link IssueMarks}); the competent signer's own
 * signature with their PKCS#11 token when the council has one configured; then the council's key
 * (the agency's signature), always. A configured token that cannot be used (unplugged, wrong PIN)
 * refuses the issue with a message (409), and nothing is numbered or stored.
 */
@Component
class IssueSignatures {

    private static final Logger log = LoggerFactory.getLogger(IssueSignatures.class);

    private final PadesSigner signer;
    private final Pkcs11Keys tokens;

    IssueSignatures(PadesSigner signer, Pkcs11Keys tokens) {
        this.signer = signer;
        this.tokens = tokens;
    }

    byte[] sign(Council council, byte[] original, CouncilKeys.CouncilKey councilKey, SigningContext context) {
        IssueMarks.Marked marked =
                IssueMarks.write(original, context.numberSymbol(), String.valueOf(context.placeAndDate()));
        var token = tokens.of(council);
        if (token.isPresent()) {
            SigningKey person;
            try {
                person = Pkcs11Keys.open(token.get());
            } catch (IllegalStateException e) {
                log.error("Issue of {} refused: the signer's PKCS#11 token cannot be used", context.numberSymbol(), e);
                throw new BusinessRuleException("signing.token.unavailable");
            }
            try {
                // the person's signature is one more before the council's
                marked = new IssueMarks.Marked(
                        signer.sign(marked, person, context), marked.filled(), marked.signatures() + 1);
            } finally {
                person.token().close();
            }
        }
        return signer.sign(marked, councilKey.signingKey(), context);
    }

    /** The council's signature alone, over a PDF the competent signer has signed already. */
    byte[] signAsCouncil(byte[] signedByPerson, CouncilKeys.CouncilKey councilKey, SigningContext context) {
        return signer.sign(signedByPerson, councilKey.signingKey(), context);
    }
}
