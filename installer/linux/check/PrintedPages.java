import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.msqoffline.exchange.PdfPages;

/**
 * For the smoke test: draws a PDF copy as the desktop app does before printing it ({@link PdfPages}), with the
 * installed runtime and libraries, and prints "PAGES INKED": the number of pages and how many of the first page's
 * pixels are not white. Nothing of the app's command line reaches this path.
 */
public final class PrintedPages {
    public static void main(String[] args) throws Exception {
        List<byte[]> pages = PdfPages.png(Files.readAllBytes(Path.of(args[0])), 72);
        BufferedImage first = ImageIO.read(new ByteArrayInputStream(pages.get(0)));
        int inked = 0;
        for (int y = 0; y < first.getHeight(); y++) {
            for (int x = 0; x < first.getWidth(); x++) {
                if ((first.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    inked++;
                }
            }
        }
        System.out.println(pages.size() + " " + inked);
    }
}
