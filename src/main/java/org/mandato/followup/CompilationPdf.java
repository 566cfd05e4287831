package org.mandato.followup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.mandato.followup.CompilationPages.Book;
import org.mandato.web.ControlCharacters;
import org.mandato.web.Site;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The compilation as a PDF: the XHTML of {@code followup/compilationPdf.jte} laid out by openhtmltopdf
 * with the DejaVu Serif fonts shipped in the jar (they cover the accents of Spanish, Portuguese and
 * French and typographic quotes). The renderer may fetch nothing: every URI is refused, so a report
 * text can never make the server call out, and no system font is looked up.
 */
@Component
class CompilationPdf {

    static final String FONT_FAMILY = "DejaVu Serif";

    static {
        XRLog.setLoggerImpl(new RendererLog());
    }

    private final TemplateEngine templates;
    private final Semaphore renders;
    private final Duration wait;

    @Autowired
    CompilationPdf(TemplateEngine templates) {
        // Laying out a long compilation takes seconds of a core: two at a time, so a burst of
        // downloads on this public page cannot take every core from the rest of the site.
        this(templates, 2, Duration.ofSeconds(15));
    }

    CompilationPdf(TemplateEngine templates, int atOnce, Duration wait) {
        this.templates = templates;
        this.renders = new Semaphore(atOnce, true);
        this.wait = wait;
    }

    /** The PDF of the book; {@link Busy} when other renders keep the renderer busy for longer than the wait. */
    byte[] render(Site site, Book book) {
        try {
            if (!renders.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        try {
            StringOutput html = new StringOutput();
            templates.render("followup/compilationPdf.jte", Map.of("c", site, "book", book), html);
            // The renderer reads XHTML, which cannot hold control characters: reports stored before
            // input refused them (or written straight into the database) lose them here, not the PDF.
            return pdf(ControlCharacters.removedFrom(html.toString()));
        } finally {
            renders.release();
        }
    }

    /** Too many PDFs are being made at once; the request may be repeated shortly. */
    static final class Busy extends RuntimeException {
        Busy() {
            super("the compilation renderer is busy");
        }
    }

    static byte[] pdf(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withProducer("Mandato");
        // Tagged PDF (PDF/UA) reads aloud in order; it also keeps PDFBox's unembeddable standard fonts out.
        builder.usePdfUaAccessibility(true);
        font(builder, "DejaVuSerif.ttf", 400, FontStyle.NORMAL);
        font(builder, "DejaVuSerif-Bold.ttf", 700, FontStyle.NORMAL);
        font(builder, "DejaVuSerif-Italic.ttf", 400, FontStyle.ITALIC);
        // In-document links (#report-1) never reach the resolver; anything else resolves to nothing.
        builder.useUriResolver((base, uri) -> null);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        builder.useFont(() -> open(file), FONT_FAMILY, weight, style, true);
    }

    private static InputStream open(String file) {
        InputStream in = CompilationPdf.class.getResourceAsStream("/fonts/dejavu/" + file);
        if (in == null) {
            throw new IllegalStateException("font missing from the jar: " + file);
        }
        return in;
    }

    /** The renderer's own log through the application's: its chatter at debug, its warnings as warnings. */
    private static final class RendererLog implements com.openhtmltopdf.util.XRLogger {

        private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger("com.openhtmltopdf");

        @Override
        public void log(String where, java.util.logging.Level level, String message) {
            log(where, level, message, null);
        }

        @Override
        public void log(String where, java.util.logging.Level level, String message, Throwable error) {
            if (level.intValue() >= java.util.logging.Level.WARNING.intValue()) {
                LOG.warn("{}: {}", where, message, error);
            } else {
                LOG.debug("{}: {}", where, message, error);
            }
        }

        @Override
        public void setLevel(String logger, java.util.logging.Level level) {
        }

        @Override
        public boolean isLogLevelEnabled(com.openhtmltopdf.util.Diagnostic diagnostic) {
            return diagnostic.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue() || LOG.isDebugEnabled();
        }
    }
}
