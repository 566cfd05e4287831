package org.mandato.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;

/** The saved legacy pages under {@code src/test/resources/legacy/}. */
final class LegacyFixtures {

    /** The page themesdetails2.aspx?lang=en&theme=15&jswg=10: Migration, by IOM. */
    static final String THEME_PAGE = "themesdetails2-theme15-jswg10.txt";

    private LegacyFixtures() {
    }

    static ClassPathResource resource(String name) {
        return new ClassPathResource("legacy/" + name);
    }

    static byte[] bytes(String name) {
        try {
            return resource(name).getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static LegacyImportRequest request(String name, String theme, String institution) {
        return new LegacyImportRequest(name, bytes(name).length, resource(name), theme, institution);
    }

    static LegacyImportRequest request(String name, byte[] content, String theme, String institution) {
        return new LegacyImportRequest(name, content.length, new org.springframework.core.io.ByteArrayResource(content), theme, institution);
    }
}
