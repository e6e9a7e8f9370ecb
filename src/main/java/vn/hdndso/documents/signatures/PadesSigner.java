package vn.hdndso.documents.signatures;

import eu.europa.esig.dss.alert.LogOnStatusAlert;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SignerTextHorizontalAlignment;
import eu.europa.esig.dss.enumerations.VisualSignatureAlignmentHorizontal;
import eu.europa.esig.dss.enumerations.VisualSignatureAlignmentVertical;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.DSSMessageDigest;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.DSSFileFont;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.SignatureFieldParameters;
import eu.europa.esig.dss.pades.SignatureImageParameters;
import eu.europa.esig.dss.pades.SignatureImageTextParameters;
import eu.europa.esig.dss.pades.signature.ExternalCMSService;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.pdf.PDFSignatureService;
import eu.europa.esig.dss.pdf.PdfSignatureFieldPositionChecker;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxNativeObjectFactory;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.event.Level;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import vn.hdndso.shared.VnTime;

/**
 * Signs a PDF as PAdES with EU DSS: PAdES-BASELINE-B, or PAdES-BASELINE-T with an RFC 3161 time
 * stamp when a time-stamp authority is configured ({@code hdnd.signing.tsa-url}). The key may be the
 * council's, a person's token ({@link SigningKey}), or a remote signing service's ({@link #prepare}
 * then {@link #complete}). The signature is visible at the bottom right of page 1: "Ký số bởi: …",
 * the number/symbol, the place and date, and "Thời gian: …" (ISO 8601, Vietnam time), drawn as PDF
 * text in an embedded subset of Liberation Sans (shipped with PDFBox), which covers Vietnamese.
 */
@Component
public class PadesSigner {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final DigestAlgorithm DIGEST = DigestAlgorithm.SHA256;

    /** EU DSS is built on the first signature, not at start (it loads hundreds of classes). */
    private final SingletonSupplier<PAdESService> service;

    private final SingletonSupplier<ExternalCMSService> cms;
    private final SingletonSupplier<PdfBoxNativeObjectFactory> pdfFactory;

    private final SignatureLevel level;

    /** The font of the visible signature, read once ({@link SignatureFont}). */
    private final SingletonSupplier<DSSFileFont> font;

    PadesSigner(SigningProperties properties) {
        this.pdfFactory = SingletonSupplier.of(PadesSigner::pdfFactory);
        this.service = SingletonSupplier.of(() -> service(properties, pdfFactory.obtain()));
        this.cms = SingletonSupplier.of(() -> cms(properties));
        this.level = properties.tsaUrl() != null ? SignatureLevel.PAdES_BASELINE_T : SignatureLevel.PAdES_BASELINE_B;
        this.font = SingletonSupplier.of(SignatureFont::load);
    }

    private static PdfBoxNativeObjectFactory pdfFactory() {
        var factory = new PdfBoxNativeObjectFactory();
        var positions = new PdfSignatureFieldPositionChecker();
        // a PDF that already carries annotations there still gets signed; the field moves up
        // past earlier signatures (see below), other annotations are only logged
        positions.setAlertOnSignatureFieldOverlap(new LogOnStatusAlert(Level.WARN));
        factory.setPdfSignatureFieldPositionChecker(positions);
        return factory;
    }

    private static PAdESService service(SigningProperties properties, PdfBoxNativeObjectFactory factory) {
        var service = new PAdESService(new CommonCertificateVerifier());
        service.setPdfObjFactory(factory);
        if (properties.tsaUrl() != null) {
            service.setTspSource(new OnlineTSPSource(properties.tsaUrl().toString()));
        }
        return service;
    }

    private static ExternalCMSService cms(SigningProperties properties) {
        var cms = new ExternalCMSService(new CommonCertificateVerifier());
        if (properties.tsaUrl() != null) {
            cms.setTspSource(new OnlineTSPSource(properties.tsaUrl().toString()));
        }
        return cms;
    }

    /** A fresh PDF signature service (DSS makes one per operation; it keeps state while signing). */
    private PDFSignatureService pdfService() {
        return pdfFactory.obtain().newPAdESSignatureService();
    }

    /** The level signatures are made at: B, or T with a time-stamp authority. */
    public SignatureLevel level() {
        return level;
    }

    /** The text of the visible signature. */
    static String appearanceText(String signerName, SigningContext context) {
        return "Ký số bởi: " + signerName + "\nSố: " + context.numberSymbol()
                + (context.placeAndDate() == null ? "" : "\n" + context.placeAndDate())
                + "\nThời gian: " + isoVietnam(context.signedAt());
    }

    /** {@code 2025-09-22T09:15:00+07:00}. */
    public static String isoVietnam(Instant at) {
        return OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.SECONDS), VnTime.ZONE)
                .format(ISO);
    }

    /** The PDF signed with {@code key}. */
    public byte[] sign(byte[] pdf, SigningKey key, SigningContext context) {
        return sign(pdf, earlierSignatures(pdf), key, context);
    }

    /** The PDF of {@link IssueMarks} signed with {@code key}, placed after the signatures it counted. */
    public byte[] sign(IssueMarks.Marked marked, SigningKey key, SigningContext context) {
        return sign(marked.pdf(), marked.signatures(), key, context);
    }

    /**
     * One pass over the PDF: DSS writes the new revision once with an empty signature of the reserved
     * size and returns the digest of its byte range; the CMS is built over that digest, signed, and
     * written into the reserved place ({@link SignatureContents}), which checks the digest again.
     * {@code PAdESService} would do the same with a second build of the CMS and a slower copy.
     */
    private byte[] sign(byte[] pdf, int earlierSignatures, SigningKey key, SigningContext context) {
        DSSDocument document = new InMemoryDocument(pdf, "document.pdf", MimeTypeEnum.PDF);
        PAdESSignatureParameters parameters = parameters(
                earlierSignatures,
                key.entry().getCertificate(),
                List.of(key.entry().getCertificateChain()),
                key.signerName(),
                key.signatureImage(),
                context);
        DSSMessageDigest digest = pdfService().messageDigest(document, parameters);
        DSSDocument prepared = Objects.requireNonNull(
                parameters.getPdfSignatureCache().getToBeSignedDocument(),
                "DSS keeps the revision it digested for the signature to be written into");
        ExternalCMSService cms = this.cms.obtain();
        ToBeSigned toBeSigned = cms.getDataToSign(digest, parameters);
        SignatureValue value = key.token().sign(toBeSigned, DIGEST, key.entry());
        DSSDocument signature = cms.signMessageDigest(digest, parameters, value);
        return SignatureContents.insert(bytes(prepared, pdf.length), bytes(signature, 16 * 1024), digest.getValue());
    }

    /**
     * The first half of a signature made elsewhere (a remote signing service): the bytes the signer
     * signs. The same {@code pdf}, certificates and context must be given to {@link #complete}.
     *
     * @param chain the signer's certificate first, then the chain above it
     */
    public ToBeSigned prepare(byte[] pdf, List<CertificateToken> chain, String signerName, SigningContext context) {
        return service.obtain()
                .getDataToSign(
                        new InMemoryDocument(pdf, "document.pdf"),
                        parameters(earlierSignatures(pdf), chain.getFirst(), chain, signerName, null, context));
    }

    /** The PDF signed with the signature value made elsewhere over what {@link #prepare} gave. */
    public byte[] complete(
            byte[] pdf, List<CertificateToken> chain, String signerName, SigningContext context, SignatureValue value) {
        var parameters = parameters(earlierSignatures(pdf), chain.getFirst(), chain, signerName, null, context);
        return bytes(
                service.obtain().signDocument(new InMemoryDocument(pdf, "document.pdf"), parameters, value),
                pdf.length);
    }

    /** The digest algorithm signatures use (SHA-256). */
    public static DigestAlgorithm digestAlgorithm() {
        return DIGEST;
    }

    private PAdESSignatureParameters parameters(
            int earlierSignatures,
            CertificateToken certificate,
            List<CertificateToken> chain,
            String signerName,
            byte @Nullable [] signatureImage,
            SigningContext context) {
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(level);
        parameters.setDigestAlgorithm(DIGEST);
        parameters.setSigningCertificate(certificate);
        parameters.setCertificateChain(chain);
        parameters.bLevel().setSigningDate(Date.from(context.signedAt()));
        parameters.setSignerName(signerName);
        parameters.setReason(context.reason());
        parameters.setLocation(context.location());
        parameters.setImageParameters(
                appearance(appearanceText(signerName, context), signatureImage, earlierSignatures));
        return parameters;
    }

    private static byte[] bytes(DSSDocument signed, int sizeHint) {
        try (InputStream in = signed.openStream();
                var out = new ByteArrayOutputStream(sizeHint + 64 * 1024)) {
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
    /** How many signatures the PDF carries already (an upload signed elsewhere, say). */
    private static int earlierSignatures(byte[] pdf) {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return document.getSignatureDictionaries().size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SignatureImageParameters appearance(String text, byte @Nullable [] signatureImage, int earlierSignatures) {
        var textParameters = new SignatureImageTextParameters();
        textParameters.setFont(font.obtain());
        textParameters.setText(text);
        textParameters.setTextColor(new Color(0x1a, 0x3d, 0x8f));
        textParameters.setBackgroundColor(Color.WHITE);
        textParameters.setPadding(4f);
        textParameters.setSignerTextHorizontalAlignment(SignerTextHorizontalAlignment.LEFT);

        var field = new SignatureFieldParameters();
        field.setPage(1);
        field.setOriginX(28f);
        field.setOriginY(28f + earlierSignatures * 64f);
        field.setWidth(signatureImage == null ? 260f : 340f);
        field.setHeight(58f);

        var image = new SignatureImageParameters();
        if (signatureImage != null) {
            // the signer's own image left of the text lines
            image.setImage(new InMemoryDocument(signatureImage, "signature.png"));
            textParameters.setSignerTextPosition(eu.europa.esig.dss.enumerations.SignerTextPosition.RIGHT);
        }
        image.setTextParameters(textParameters);
        image.setFieldParameters(field);
        image.setAlignmentHorizontal(VisualSignatureAlignmentHorizontal.RIGHT);
        image.setAlignmentVertical(VisualSignatureAlignmentVertical.BOTTOM);
        image.setBackgroundColor(Color.WHITE);
        return image;
    }
}
