package org.mandato.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The content security policy forbids inline script and style, so no template may hold a style
 * attribute, a style element, an inline script or an event-handler attribute: they would be
 * silently ignored by browsers.
 */
class NoInlineCodeTest {

    static final Pattern INLINE = Pattern.compile(
            "\\sstyle\\s*=|<style[\\s>]|<script(?![^>]*\\ssrc=)[^>]*>|\\son[a-z]+\\s*=\\s*[\"']|javascript:", Pattern.CASE_INSENSITIVE);
    static final Pattern SCRIPT = Pattern.compile(
            "<script|\\son[a-z]+\\s*=\\s*[\"']|javascript:", Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateHoldsInlineScriptOrStyle() throws IOException {
        List<Path> templates;
        try (Stream<Path> files = Files.walk(Path.of("src/main/jte"))) {
            // A *Pdf.jte template is laid out into a PDF on the server and never reaches a browser.
            templates = files.filter(f -> f.toString().endsWith(".jte") && !f.toString().endsWith("Pdf.jte")).toList();
        }
        assertThat(templates).hasSizeGreaterThan(20);
        for (Path template : templates) {
            String text = Files.readString(template);
            // A letter is read in a mail program, which keeps only the styles written on its elements; it runs no script.
            Pattern forbidden = template.startsWith(Path.of("src/main/jte/mail")) ? SCRIPT : INLINE;
            assertThat(forbidden.matcher(text).find()).as(template + " holds inline script or style").isFalse();
        }
    }

    @Test
    void thePatternCatchesWhatItMust() {
        assertThat(INLINE.matcher("<p style=\"color:red\">").find()).isTrue();
        assertThat(INLINE.matcher("<svg><style>rect{}</style></svg>").find()).isTrue();
        assertThat(INLINE.matcher("<script>alert(1)</script>").find()).isTrue();
        assertThat(INLINE.matcher("<button onclick='go()'>").find()).isTrue();
        assertThat(INLINE.matcher("<script src=\"/js/mandato.js\" defer></script>").find()).isFalse();
        assertThat(INLINE.matcher("<link rel=\"stylesheet\" href=\"/css/mandato.css\">").find()).isFalse();
    }
}
