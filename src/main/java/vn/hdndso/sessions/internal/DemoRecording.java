package vn.hdndso.sessions.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.jcodec.api.awt.AWTSequenceEncoder;

/**
 * A short, really playable H.264/MP4 for the demo session: a title card per agenda item, so the
 * jump links of the public page land on visibly different pictures. Encoded once (a second or two)
 * and kept in the data directory's cache.
 */
final class DemoRecording {

    static final int FPS = 5;
    static final int SECONDS_PER_ITEM = 4;
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private DemoRecording() {}

    /** The video file (made now if it is not in the cache yet). */
    static Path make(Path cache, String title, List<String> items) {
        Path file = cache.resolve("demo-recording-v1.mp4");
        if (Files.exists(file)) {
            return file;
        }
        try {
            Files.createDirectories(cache);
            Path temp = Files.createTempFile(cache, "demo", ".mp4");
            Font base;
            try (InputStream in = DemoRecording.class.getResourceAsStream(FONT)) {
                base = Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (java.awt.FontFormatException e) {
                throw new IllegalStateException(e);
            }
            AWTSequenceEncoder encoder = AWTSequenceEncoder.createSequenceEncoder(temp.toFile(), FPS);
            for (int i = 0; i < items.size(); i++) {
                for (int f = 0; f < FPS * SECONDS_PER_ITEM; f++) {
                    encoder.encodeImage(frame(base, title, items.get(i), i * SECONDS_PER_ITEM + f / FPS));
                }
            }
            encoder.finish();
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage frame(Font base, String title, String item, int second) {
        var image = new BufferedImage(320, 180, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0xA3, 0x16, 0x1B));
        g.fillRect(0, 0, 320, 180);
        g.setColor(new Color(0xFF, 0xD5, 0x4A));
        g.setFont(base.deriveFont(Font.PLAIN, 11f));
        g.drawString("DỮ LIỆU MẪU · " + title, 10, 20);
        g.setColor(Color.WHITE);
        g.setFont(base.deriveFont(Font.PLAIN, 15f));
        int y = 70;
        var line = new StringBuilder();
        for (String word : item.split(" ")) {
            if (g.getFontMetrics().stringWidth(line + " " + word) > 300 && !line.isEmpty()) {
                g.drawString(line.toString(), 10, y);
                y += 20;
                line = new StringBuilder(word);
            } else {
                line.append(line.isEmpty() ? "" : " ").append(word);
            }
        }
        g.drawString(line.toString(), 10, y);
        g.setFont(base.deriveFont(Font.PLAIN, 12f));
        g.drawString("%02d:%02d".formatted(second / 60, second % 60), 270, 170);
        g.dispose();
        return image;
    }
}
