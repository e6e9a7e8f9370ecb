package vn.hdndso.sessions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.files.BlobRef;
import vn.hdndso.files.BlobStore;
import vn.hdndso.sessions.Packs.PackDocument;
import vn.hdndso.support.IntegrationTest;

/**
 * Rendering a pack's pages is bounded (issue 17, finding 9c): a crafted page 200 inches square
 * (2.9 gigapixels at three times the screen's resolution) comes out scaled to the pixel cap, and
 * a page asked for by many readers at once is rendered once.
 */
@IntegrationTest
class PackPageRenderingIntegrationTest {

    @Autowired
    PackPages pages;

    @Autowired
    BlobStore blobs;

    @Test
    void aHugeMediaBoxIsRenderedScaledToThePixelCap() throws Exception {
        PackDocument huge = stored(pdf(new PDRectangle(14_400, 14_400), "Trang khổng lồ " + UUID.randomUUID()));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(pages.image(huge, 1, 3)));
        assertThat((long) image.getWidth() * image.getHeight()).isLessThanOrEqualTo(PackPages.MAX_PIXELS);
        assertThat(image.getWidth()).isGreaterThan(3_000).isEqualTo(image.getHeight());
    }

    @Test
    void anA4PageKeepsItsFullResolution() {
        assertThat(PackPages.resolution(595, 842, PackPages.DPI * 3)).isEqualTo(PackPages.DPI * 3);
        assertThat(PackPages.resolution(14_400, 14_400, PackPages.DPI)).isLessThan(18f);
    }

    @Test
    void aPageAskedForByManyReadersAtOnceIsRenderedOnce() throws Exception {
        PackDocument a4 = stored(pdf(PDRectangle.A4, "Tờ trình " + UUID.randomUUID()));
        long before = pages.renders();
        var start = new CountDownLatch(1);
        List<Future<byte[]>> readers = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                readers.add(pool.submit(() -> {
                    start.await();
                    return pages.image(a4, 1, 2);
                }));
            }
            start.countDown();
            byte[] first = readers.getFirst().get(60, TimeUnit.SECONDS);
            for (var reader : readers) {
                assertThat(reader.get(60, TimeUnit.SECONDS)).isEqualTo(first);
            }
        }
        assertThat(pages.renders() - before).isEqualTo(1);
    }

    private PackDocument stored(byte[] pdf) {
        BlobRef blob = blobs.put(new ByteArrayInputStream(pdf));
        return new PackDocument(UUID.randomUUID(), 1, "Tài liệu thử", null, blob.sha256(), blob.size(), 1, null);
    }

    private static byte[] pdf(PDRectangle size, String text) throws IOException {
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            var page = new PDPage(size);
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 24);
                content.newLineAtOffset(72, size.getHeight() - 96);
                content.showText(text.replaceAll("[^\\x20-\\x7e]", "?"));
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
