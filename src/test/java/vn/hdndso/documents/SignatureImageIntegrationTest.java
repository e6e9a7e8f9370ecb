package vn.hdndso.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.TestClient.Part;

/**
 * Decree 30's electronic signature layout: where a council's signer image is configured
 * ({@code <code>.signature.png} beside its key) the visible signature shows it; where not, text
 * only.
 */
@IntegrationTest
class SignatureImageIntegrationTest {

    private static final String PASSWORD = "Signature-Image-2026";

    @Autowired
    TestClient client;

    @Autowired
    vn.hdndso.documents.signatures.CouncilKeys keys;

    @Test
    void theVisibleSignatureShowsTheConfiguredSignerImage() throws Exception {
        Path directory = Files.createDirectories(keys.directory());
        Files.write(directory.resolve("11002.signature.png"), bluePng());

        byte[] withImage = issueIn("thach-khoi");
        byte[] withoutImage = issueIn("tu-ky");

        assertThat(imagesInSignatureAppearance(withImage)).isPositive();
        assertThat(imagesInSignatureAppearance(withoutImage)).isZero();
    }

    private byte[] issueIn(String slug) {
        String clerk = TestClient.uniqueUsername("sigimg.clerk");
        String chair = TestClient.uniqueUsername("sigimg.chair");
        client.createUser(slug, clerk, PASSWORD, "Văn thư", "CLERK");
        client.createUser(slug, chair, PASSWORD, "Chủ tịch", "COUNCIL_ADMIN");
        var created = client.postMultipart(
                "/api/v1/councils/" + slug + "/documents",
                List.of(
                        Part.json("metadata", """
                                {"typeCode":"KH","issuerSymbol":"HĐND","subject":"Kế hoạch có chữ ký hình",
                                 "signerName":"Người ký","signerPosition":"Chủ tịch HĐND"}"""),
                        Part.file("file", "thong-bao.pdf", "application/pdf", TestPdfs.plan("Chữ ký hình", 1))),
                clerk,
                PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        var issued = client.request(
                "POST", "/api/v1/councils/" + slug + "/documents/" + id + "/issue", null, chair, PASSWORD);
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        return client.getBytes("/api/v1/councils/" + slug + "/documents/" + id + "/signed.pdf", null, null)
                .body();
    }

    private static int imagesInSignatureAppearance(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            int images = 0;
            for (PDAnnotation annotation : document.getPage(0).getAnnotations()) {
                if (COSName.SIG.equals(annotation.getCOSObject().getCOSName(COSName.FT))
                        || annotation.getCOSObject().getDictionaryObject(COSName.PARENT) != null
                        || "Widget".equals(annotation.getSubtype())) {
                    var appearance = annotation.getNormalAppearanceStream();
                    if (appearance != null) {
                        images += images(appearance.getResources(), 0);
                    }
                }
            }
            return images;
        }
    }

    private static int images(PDResources resources, int depth) throws Exception {
        if (resources == null || depth > 5) {
            return 0;
        }
        int count = 0;
        for (COSName name : resources.getXObjectNames()) {
            var xobject = resources.getXObject(name);
            if (xobject instanceof PDImageXObject) {
                count++;
            } else if (xobject instanceof PDFormXObject form) {
                count += images(form.getResources(), depth + 1);
            }
        }
        return count;
    }

    private static byte[] bluePng() throws Exception {
        var image = new BufferedImage(240, 90, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x1a, 0x3d, 0x8f));
        g.setStroke(new BasicStroke(4f));
        g.drawLine(10, 70, 80, 20);
        g.drawLine(80, 20, 150, 65);
        g.drawLine(150, 65, 230, 25);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
