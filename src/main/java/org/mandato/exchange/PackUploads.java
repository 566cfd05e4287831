package org.mandato.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Loads packs the Secretariat uploads: each is unpacked into a folder of its own under
 * {@code mandato.packs.upload-dir}, loaded in one transaction, and the folder deleted whether the
 * load succeeded or not. Folders left by a server stopped in the middle of an upload go at the next start.
 */
@Component
class PackUploads {

    private static final Logger log = LoggerFactory.getLogger(PackUploads.class);

    private final PackImporter importer;
    private final Path folder;

    PackUploads(PackImporter importer, @Value("${mandato.packs.upload-dir:${mandato.data-dir}/uploads}") String folder) {
        this.importer = importer;
        this.folder = Path.of(folder).toAbsolutePath().normalize();
        deleteLeftovers();
    }

    /** Loads the zipped pack; a bad archive or a bad row throws {@link PackLoadException} naming it. */
    PackImporter.PackSummary load(InputStream zip) {
        try (PackArchive archive = PackArchive.unpack(zip, folder, PackArchive.MAX_UNPACKED_BYTES, PackArchive.MAX_ENTRIES)) {
            return importer.load(archive.folder().toUri().toString());
        }
    }

    /** The folder uploads are unpacked under. */
    Path folder() {
        return folder;
    }

    private void deleteLeftovers() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> left = Files.list(folder)) {
            left.filter(p -> p.getFileName().toString().startsWith("mandato-pack-")).forEach(p -> {
                log.info("Deleting {}, left by an upload that did not finish", p);
                PackArchive.delete(p);
            });
        } catch (IOException e) {
            log.warn("Could not look for unfinished uploads in {}: {}", folder, e.getMessage());
        }
    }
}
