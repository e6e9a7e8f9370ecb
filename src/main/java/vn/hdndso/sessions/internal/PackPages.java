package vn.hdndso.sessions.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.stereotype.Component;
import vn.hdndso.files.BlobStore;
import vn.hdndso.sessions.Packs;
import vn.hdndso.sessions.Packs.PackDocument;
import vn.hdndso.shared.InstallationProperties;
import vn.hdndso.shared.NotFoundException;

/**
 * What the reader shows of a pack document: each page as an image at the screen's resolution or
 * two or three times it (so a zoomed page stays sharp), and each page's own text. Both are derived
 * from the PDF once and kept under {@code <data>/cache/pack-pages}, named by the content's hash.
 *
 * <p>Rendering is bounded: a page image has at most {@link #MAX_PIXELS} pixels (a page larger than
 * A4 at three times the screen's resolution, such as a crafted 200-inch MediaBox, is rendered at
 * a lower resolution rather than as gigabytes of pixels); a page asked for by many readers at once
 * is rendered once and shared (single flight); at most {@link #CONCURRENT_RENDERS} pages are
 * rendered at the same time, the others wait their turn.
 */
@Component
class PackPages {

    /** Screen resolution: an A4 page is 935 px wide, as wide as a phone shows it at 2× density. */
    static final float DPI = 110f;

    /** An A0 page at the screen's resolution, or A4 at three times it, with room to spare: 12 megapixels. */
    static final long MAX_PIXELS = 12_000_000L;

    /** Pages rendered at the same time (each holds its PDF and up to 36 MB of pixels). */
    static final int CONCURRENT_RENDERS = 2;

    /** Marks the end of one page's text in the cached text file. */
    private static final String PAGE_BREAK = "\f";

    private final BlobStore blobs;
    private final Path cache;
    private final Map<Path, CompletableFuture<byte[]>> rendering = new ConcurrentHashMap<>();
    private final Semaphore renderers = new Semaphore(CONCURRENT_RENDERS, true);
    private final AtomicLong renders = new AtomicLong();

    PackPages(BlobStore blobs, InstallationProperties installation) {
        this.blobs = blobs;
        this.cache = installation.dataDir().resolve("cache").resolve("pack-pages");
    }

    byte[] image(PackDocument document, int page, int scale) {
        if (page < 1 || page > document.pageCount()) {
            throw new NotFoundException("sessions.pack.pageNotFound", page);
        }
        if (scale < 1 || scale > Packs.MAX_SCALE) {
            throw new NotFoundException("sessions.pack.pageNotFound", page);
        }
        Path cached = cache.resolve(document.sha256() + "-" + page + (scale == 1 ? "" : "@" + scale) + ".png");
        try {
            if (Files.exists(cached)) {
                return Files.readAllBytes(cached);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var mine = new CompletableFuture<byte[]>();
        CompletableFuture<byte[]> flight = rendering.putIfAbsent(cached, mine);
        if (flight != null) {
            return join(flight);
        }
        try {
            mine.complete(render(document, page, scale, cached));
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
        } finally {
            rendering.remove(cached, mine);
        }
        return join(mine);
    }

    /** How many page images were rendered since the start (not read from the cache). */
    long renders() {
        return renders.get();
    }

    /**
     * The resolution a page is rendered at: {@code dpi}, or less if that would make more than
     * {@link #MAX_PIXELS} pixels ({@code widthPoints} and {@code heightPoints} in PDF points, 1/72 in).
     */
    static float resolution(float widthPoints, float heightPoints, float dpi) {
        double inches = Math.max(1e-6, (double) Math.abs(widthPoints) / 72)
                * Math.max(1e-6, (double) Math.abs(heightPoints) / 72);
        double pixels = inches * dpi * dpi;
        if (pixels <= MAX_PIXELS) {
            return dpi;
        }
        return (float) Math.sqrt(MAX_PIXELS / inches) * 0.999f;
    }

    private byte[] render(PackDocument document, int page, int scale, Path cached) {
        renderers.acquireUninterruptibly();
        try {
            if (Files.exists(cached)) {
                return Files.readAllBytes(cached);
            }
            byte[] png;
            try (PDDocument pdf = load(document)) {
                PDRectangle box = pdf.getPage(page - 1).getCropBox();
                boolean turned = pdf.getPage(page - 1).getRotation() % 180 != 0;
                float dpi = resolution(
                        turned ? box.getHeight() : box.getWidth(),
                        turned ? box.getWidth() : box.getHeight(),
                        DPI * scale);
                renders.incrementAndGet();
                BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(page - 1, dpi, ImageType.RGB);
                var out = new ByteArrayOutputStream();
                ImageIO.write(image, "png", out);
                png = out.toByteArray();
            }
            keep(cached, png);
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            renderers.release();
        }
    }

    private static byte[] join(CompletableFuture<byte[]> flight) {
        try {
            return flight.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    List<String> texts(PackDocument document) {
        Path cached = cache.resolve(document.sha256() + ".txt");
        try {
            if (Files.exists(cached)) {
                return split(Files.readString(cached, StandardCharsets.UTF_8), document.pageCount());
            }
            List<String> pages = new ArrayList<>();
            try (PDDocument pdf = load(document)) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.setParagraphEnd("\n\n");
                for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                    stripper.setStartPage(p);
                    stripper.setEndPage(p);
                    pages.add(clean(stripper.getText(pdf)));
                }
            }
            keep(cached, String.join(PAGE_BREAK, pages).getBytes(StandardCharsets.UTF_8));
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text of a page in Unicode NFC, lines that belong together joined, paragraphs kept;
     * a page with hardly any letters (a scan's stray marks) has no text.
     */
    static String clean(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC)
                .replace("\r\n", "\n")
                .replace(PAGE_BREAK, "\n")
                .replaceAll("[\\t\\x0B\\u00A0 ]+", " ")
                .replaceAll(" *\n *", "\n")
                .replaceAll("\n{3,}", "\n\n")
                .strip();
        long letters = text.codePoints().filter(Character::isLetterOrDigit).count();
        return letters < 20 ? "" : text;
    }

    private static List<String> split(String cached, int pages) {
        List<String> texts = new ArrayList<>(List.of(cached.split(PAGE_BREAK, -1)));
        while (texts.size() < pages) {
            texts.add("");
        }
        return List.copyOf(texts.subList(0, pages));
    }

    private PDDocument load(PackDocument document) throws IOException {
        try (InputStream in = blobs.open(document.sha256())) {
            return Loader.loadPDF(in.readAllBytes());
        }
    }

    private void keep(Path target, byte[] content) throws IOException {
        Files.createDirectories(cache);
        Path temp = Files.createTempFile(cache, "page", ".tmp");
        Files.write(temp, content);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
