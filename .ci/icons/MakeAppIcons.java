import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the installable app's icons from static/favicon.svg (a red rounded square with a yellow
 * star, viewBox 0 0 64 64). Run once from the repository root, the PNGs are committed:
 *   java .ci/icons/MakeAppIcons.java src/main/resources/static/icons
 * The maskable icon keeps the star inside the central safe zone (80 %) on a full red square.
 */
public class MakeAppIcons {

    public static void main(String[] args) throws Exception {
        File dir = new File(args.length > 0 ? args[0] : "src/main/resources/static/icons");
        dir.mkdirs();
        for (int size : new int[] {192, 512}) {
            ImageIO.write(draw(size, false), "png", new File(dir, "icon-" + size + ".png"));
        }
        ImageIO.write(draw(512, true), "png", new File(dir, "icon-maskable-512.png"));
    }

    static BufferedImage draw(int size, boolean maskable) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double unit = size / 64.0;
        g.setColor(new Color(0xa3, 0x16, 0x1b));
        if (maskable) {
            g.fillRect(0, 0, size, size);
        } else {
            g.fill(new RoundRectangle2D.Double(0, 0, size, size, 24 * unit, 24 * unit));
        }
        // M32 9l6.5 20h21l-17 12.3 6.5 20L32 49 15 61.3l6.5-20L4.5 29h21z
        Path2D star = new Path2D.Double();
        star.moveTo(32, 9);
        star.lineTo(38.5, 29);
        star.lineTo(59.5, 29);
        star.lineTo(42.5, 41.3);
        star.lineTo(49, 61.3);
        star.lineTo(32, 49);
        star.lineTo(15, 61.3);
        star.lineTo(21.5, 41.3);
        star.lineTo(4.5, 29);
        star.lineTo(25.5, 29);
        star.closePath();
        AffineTransform t = new AffineTransform();
        if (maskable) {
            t.translate(size * 0.5, size * 0.5);
            t.scale(unit * 0.7, unit * 0.7);
            t.translate(-32, -35);
        } else {
            t.scale(unit, unit);
        }
        g.setColor(new Color(0xff, 0xcd, 0x00));
        g.fill(t.createTransformedShape(star));
        g.dispose();
        return image;
    }
}
