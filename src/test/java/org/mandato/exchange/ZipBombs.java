package org.mandato.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Archives that are small to send and huge once unpacked, made in memory for the tests. */
final class ZipBombs {

    static final long GIBIBYTE = 1L << 30;

    private static byte[] gibibyte;

    private ZipBombs() {
    }

    /** A zip of about 1 MB holding {@code reports.csv}: 1 GiB of zero bytes (deflate's best ratio is about 1:1000). */
    static synchronized byte[] gibibyteOfZeros() {
        if (gibibyte == null) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1_100_000);
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.setLevel(Deflater.BEST_COMPRESSION);
                zip.putNextEntry(new ZipEntry("reports.csv"));
                byte[] zeros = new byte[1 << 20];
                for (long written = 0; written < GIBIBYTE; written += zeros.length) {
                    zip.write(zeros);
                }
                zip.closeEntry();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            gibibyte = bytes.toByteArray();
        }
        return gibibyte;
    }
}
