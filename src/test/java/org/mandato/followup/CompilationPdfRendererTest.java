package org.mandato.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF renderer alone: it fetches nothing a document points to, and it refuses work beyond its share. */
class CompilationPdfRendererTest {

    @Test
    void nothingADocumentPointsToIsFetched() throws Exception {
        List<String> requested = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requested.add(exchange.getRequestURI().toString());
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String here = "http://127.0.0.1:" + server.getAddress().getPort();
            String xhtml = """
                    <!DOCTYPE html>
                    <html lang="en"><head><title>Remote</title>
                    <link rel="stylesheet" href="%1$s/linked.css"/>
                    <style>
                    @import url(%1$s/imported.css);
                    @font-face { font-family: Remote; src: url(%1$s/remote.ttf); }
                    body { font-family: Remote, 'DejaVu Serif'; background-image: url(%1$s/background.png); }
                    </style></head>
                    <body><p>Still rendered: “quotes”, São Paulo, œuvre.</p>
                    <img src="%1$s/image.png" alt="remote"/><img src="file:///etc/hostname" alt="local"/>
                    <object data="%1$s/object.pdf" type="application/pdf"></object>
                    <a href="%1$s/link">a link</a></body></html>
                    """.formatted(here);

            byte[] bytes = CompilationPdf.pdf(xhtml);

            assertThat(requested).isEmpty();
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                assertThat(new PDFTextStripper().getText(pdf)).contains("Still rendered: “quotes”, São Paulo, œuvre.");
            }
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aRendererWithoutAFreeSlotRefusesAtOnceInsteadOfQueueingWithoutEnd() {
        CompilationPdf busy = new CompilationPdf(TemplateEngine.createPrecompiled(ContentType.Html), 0, Duration.ZERO);

        assertThatThrownBy(() -> busy.render(null, null)).isInstanceOf(CompilationPdf.Busy.class);
    }
}
