package org.mandato.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unpacking an untrusted archive: counted while written, refused at the limit, its folder gone when done. */
class PackArchiveTest {

    @TempDir
    Path uploads;

    @Test
    void aGibibyteBombStopsAtTheLimitHavingReadAFractionOfTheUpload() throws IOException {
        byte[] bomb = ZipBombs.gibibyteOfZeros();
        CountingStream upload = new CountingStream(new ByteArrayInputStream(bomb));

        assertThatThrownBy(() -> PackArchive.unpack(upload, uploads, PackArchive.MAX_UNPACKED_BYTES, PackArchive.MAX_ENTRIES))
                .isInstanceOf(PackLoadException.class)
                .hasMessage("archive: the uploaded file unpacks to more than 200 MB (stopped at 'reports.csv')");

        // 200 MB of the 1,024 unpacked: about a fifth of the compressed bytes were read, not the whole upload.
        assertThat(upload.read).isLessThan(bomb.length / 4);
        try (var left = Files.list(uploads)) {
            assertThat(left.toList()).as("the folder, with the 200 MB written so far, is deleted").isEmpty();
        }
    }

    @Test
    void aSmallLimitCountsEveryEntryTogether() throws IOException {
        byte[] zip = PackUploadTest.zip(Map.of("a.csv", "x".repeat(600), "b.csv", "y".repeat(600)));

        assertThatThrownBy(() -> PackArchive.unpack(new ByteArrayInputStream(zip), uploads, 1_000, 10))
                .hasMessageStartingWith("archive: the uploaded file unpacks to more than 1000 bytes");
        try (var left = Files.list(uploads)) {
            assertThat(left.toList()).isEmpty();
        }
    }

    @Test
    void closingDeletesTheUnpackedFiles() throws IOException {
        byte[] zip = PackUploadTest.zip(Map.of("pack.properties", "files=themes.csv\n", "paragraphs/a.csv", "x"));

        Path folder;
        try (PackArchive archive = PackArchive.unpack(new ByteArrayInputStream(zip), uploads, 1_000, 10)) {
            folder = archive.folder();
            assertThat(folder.resolve("paragraphs/a.csv")).hasContent("x");
            assertThat(folder.getParent()).isEqualTo(uploads);
        }

        assertThat(folder).doesNotExist();
    }

    private static final class CountingStream extends FilterInputStream {
        long read;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                read++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                read += n;
            }
            return n;
        }
    }
}
