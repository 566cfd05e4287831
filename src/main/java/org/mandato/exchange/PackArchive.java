package org.mandato.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Unpacks an uploaded pack (a zip of the pack's files) into a new temporary folder, refusing paths that escape it. */
final class PackArchive {

    static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;

    private PackArchive() {
    }

    static Path unzip(InputStream in) {
        try {
            Path folder = Files.createTempDirectory("mandato-pack-");
            long total = 0;
            try (ZipInputStream zip = new ZipInputStream(in)) {
                ZipEntry entry;
                while ((entry = zip.getNextEntry()) != null) {
                    Path target = folder.resolve(entry.getName()).normalize();
                    if (!target.startsWith(folder)) {
                        throw new PackLoadException(entry.getName(), 0, "the archive names a file outside itself", null);
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                        continue;
                    }
                    Files.createDirectories(target.getParent());
                    total += Files.copy(zip, target);
                    if (total > MAX_UNPACKED_BYTES) {
                        throw new PackLoadException(entry.getName(), 0, "the archive unpacks to more than 200 MB", null);
                    }
                }
            } catch (java.util.zip.ZipException e) {
                throw new PackLoadException("archive", 0, "not a zip archive (" + e.getMessage() + ")", e);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
