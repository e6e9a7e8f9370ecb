package vn.hdndso.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An edXML package (QCVN 102:2016/BTTTT, amended 2022): the envelope {@code edXMLEnvelope} with
 * its header ({@code edXMLHeader/MessageHeader}, {@code TraceHeaderList}) and its body ({@code
 * edXMLBody/edXMLManifest/Reference}) carrying the attachments. Element names follow DOMAIN.md;
 * the order of elements and the date formats are our reading of the standard (see {@code
 * docs/edxml.md}). Optional fields are {@code null} when absent.
 *
 * @param header the message header
 * @param trace the trace headers, in order: who handled the package and when
 * @param attachments the attachments, decoded
 */
public record EdxmlMessage(Header header, List<TraceHeader> trace, List<Attachment> attachments) {

    public EdxmlMessage {
        trace = List.copyOf(trace);
        attachments = List.copyOf(attachments);
    }

    /**
     * {@code MessageHeader}.
     *
     * @param documentId {@code OrganId,yyyy/MM/dd,CodeNumber/CodeNotation}
     * @param toPlaces the recipients as the document names them (nơi nhận), one per {@code Place}
     */
    public record Header(
            Organisation from,
            List<Organisation> to,
            String documentId,
            Code code,
            PromulgationInfo promulgation,
            DocumentKind documentType,
            String subject,
            SignerInfo signer,
            @Nullable LocalDate dueDate,
            List<String> toPlaces,
            OtherInfo otherInfo) {

        public Header {
            to = List.copyOf(to);
            toPlaces = List.copyOf(toPlaces);
        }
    }

    /** {@code From} or {@code To}: an organisation identified by its 13-character OrganId. */
    public record Organisation(
            String organId,
            String organName,
            @Nullable String organAdd,
            @Nullable String email,
            @Nullable String telephone,
            @Nullable String website) {

        public static Organisation of(String organId, String organName) {
            return new Organisation(organId, organName, null, null, null, null);
        }
    }

    /** {@code Code}: the number/symbol split at its first slash ({@code 02} and {@code KH-TTHĐND}). */
    public record Code(String codeNumber, String codeNotation) {

        /** {@code 02/KH-TTHĐND}. */
        public String numberSymbol() {
            return codeNumber + "/" + codeNotation;
        }

        /** Splits a number/symbol at its first slash: {@code 01/2025/NQ-HĐND} → 01, 2025/NQ-HĐND. */
        public static Code of(String numberSymbol) {
            int slash = numberSymbol.indexOf('/');
            if (slash < 1) {
                throw new IllegalArgumentException("no number/symbol: " + numberSymbol);
            }
            return new Code(numberSymbol.substring(0, slash), numberSymbol.substring(slash + 1));
        }
    }

    /** {@code PromulgationInfo}: where and when the document was issued. */
    public record PromulgationInfo(String place, LocalDate promulgationDate) {}

    /** {@code DocumentType}: the type code ({@code KH}) and its name ({@code Kế hoạch}). */
    public record DocumentKind(String type, String typeName) {}

    /** {@code SignerInfo}: the signer's competence (e.g. {@code TM. THƯỜNG TRỰC HĐND}), position, name. */
    public record SignerInfo(@Nullable String competence, String position, String fullName) {}

    /** {@code OtherInfo}: priority (0 normal), number of copies issued, number of pages. */
    public record OtherInfo(int priority, int promulgationAmount, int pageAmount) {}

    /** {@code TraceHeader}: an organisation that handled the package, and when (Vietnam time). */
    public record TraceHeader(String organId, LocalDateTime timestamp) {}

    /**
     * An attachment: its {@code Reference} in the manifest and its decoded content.
     *
     * @param contentId the identifier the manifest refers to it by
     */
    public record Attachment(
            String contentId,
            String name,
            String contentType,
            @Nullable String description,
            byte[] content) {

        public Attachment {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }

        public int size() {
            return content.length;
        }
    }
}
