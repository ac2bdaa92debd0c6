package org.msqoffline.ui.export;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Window;
import org.msqoffline.i18n.Messages;

/**
 * Prints page images (the PDF copy, rendered by the exchange layer) through the system's print dialog,
 * one image per sheet, scaled to the printable area.
 */
public final class PagePrinter {
    private PagePrinter() {
    }

    /** Shows the print dialog on the FX thread and prints; {@code done} gets null on success, else a reason. */
    public static void print(Window owner, List<byte[]> pngPages, Messages messages, Consumer<String> done) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            done.accept(messages.get("ui.export.noPrinter"));
            return;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            done.accept(null);
            return;
        }
        // The pages are in no scene, so they can be printed off the FX thread, which stays responsive.
        Thread printer = new Thread(() -> {
            PageLayout layout = job.getJobSettings().getPageLayout();
            boolean printed = true;
            for (byte[] png : pngPages) {
                ImageView page = new ImageView(new Image(new ByteArrayInputStream(png)));
                page.setPreserveRatio(true);
                page.setFitWidth(layout.getPrintableWidth());
                page.setFitHeight(layout.getPrintableHeight());
                printed = printed && job.printPage(page);
            }
            boolean ok = printed && job.endJob();
            Platform.runLater(() -> done.accept(ok ? null : messages.get("ui.export.printerRefused")));
        }, "msq-print");
        printer.setDaemon(true);
        printer.start();
    }
}
