package vn.hdndso.documents.signatures;

import eu.europa.esig.dss.alert.LogOnStatusAlert;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SignerTextHorizontalAlignment;
import eu.europa.esig.dss.enumerations.VisualSignatureAlignmentHorizontal;
import eu.europa.esig.dss.enumerations.VisualSignatureAlignmentVertical;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.pades.DSSFileFont;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.SignatureFieldParameters;
import eu.europa.esig.dss.pades.SignatureImageParameters;
import eu.europa.esig.dss.pades.SignatureImageTextParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.pdf.PdfSignatureFieldPositionChecker;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxNativeObjectFactory;
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
import org.slf4j.event.Level;
import org.springframework.stereotype.Component;
import vn.hdndso.shared.VnTime;

/**
 * Signs a PDF as PAdES-BASELINE-B (EU DSS) with a council's key. The signature is visible at the
 * bottom right of page 1: "Ký số bởi: …, Thời gian: …" (ISO 8601, Vietnam time), with the
 * number/symbol, drawn as PDF text in an embedded subset of Liberation Sans (shipped with PDFBox),
 * which covers Vietnamese.
 */
@Component
public class PadesSigner {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final PAdESService service;
    private final byte[] font;

    PadesSigner() {
        this.service = new PAdESService(new CommonCertificateVerifier());
        var factory = new PdfBoxNativeObjectFactory();
        var positions = new PdfSignatureFieldPositionChecker();
        // a PDF that already carries annotations there still gets signed; the field moves up
        // past earlier signatures (see below), other annotations are only logged
        positions.setAlertOnSignatureFieldOverlap(new LogOnStatusAlert(Level.WARN));
        factory.setPdfSignatureFieldPositionChecker(positions);
        this.service.setPdfObjFactory(factory);
        try (InputStream in = PadesSigner.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + FONT);
            }
            this.font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the visible signature. */
    public static String appearanceText(String signerName, String numberSymbol, Instant signedAt) {
        return "Ký số bởi: " + signerName + "\nSố: " + numberSymbol + "\nThời gian: " + isoVietnam(signedAt);
    }

    /** {@code 2025-09-22T09:15:00+07:00}. */
    public static String isoVietnam(Instant at) {
        return OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.SECONDS), VnTime.ZONE)
                .format(ISO);
    }

    /**
     * The PDF signed by {@code key} at {@code signedAt}.
     *
     * @param reason why it is signed ("Ban hành văn bản 02/KH-TTHĐND")
     */
    public byte[] sign(
            byte[] pdf,
            CouncilKeys.CouncilKey key,
            String numberSymbol,
            String reason,
            String location,
            Instant signedAt) {
        DSSDocument document = new InMemoryDocument(pdf, "document.pdf");
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.setSigningCertificate(key.entry().getCertificate());
        parameters.setCertificateChain(List.of(key.entry().getCertificateChain()));
        parameters.bLevel().setSigningDate(Date.from(signedAt));
        parameters.setSignerName(key.signerName());
        parameters.setReason(reason);
        parameters.setLocation(location);
        parameters.setImageParameters(appearance(
                appearanceText(key.signerName(), numberSymbol, signedAt),
                key.signatureImage(),
                earlierSignatures(pdf)));

        ToBeSigned toBeSigned = service.getDataToSign(document, parameters);
        SignatureValue value = key.token().sign(toBeSigned, parameters.getDigestAlgorithm(), key.entry());
        DSSDocument signed = service.signDocument(document, parameters, value);
        try (InputStream in = signed.openStream();
                var out = new ByteArrayOutputStream(pdf.length + 64 * 1024)) {
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

    private SignatureImageParameters appearance(
            String text, byte @org.jspecify.annotations.Nullable [] signatureImage, int earlierSignatures) {
        var textParameters = new SignatureImageTextParameters();
        var dssFont = new DSSFileFont(new InMemoryDocument(font, "LiberationSans-Regular.ttf"), 8f);
        dssFont.setEmbedFontSubset(true);
        textParameters.setFont(dssFont);
        textParameters.setText(text);
        textParameters.setTextColor(new Color(0x1a, 0x3d, 0x8f));
        textParameters.setBackgroundColor(Color.WHITE);
        textParameters.setPadding(4f);
        textParameters.setSignerTextHorizontalAlignment(SignerTextHorizontalAlignment.LEFT);

        var field = new SignatureFieldParameters();
        field.setPage(1);
        field.setOriginX(28f);
        field.setOriginY(28f + earlierSignatures * 52f);
        field.setWidth(signatureImage == null ? 250f : 330f);
        field.setHeight(46f);

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
