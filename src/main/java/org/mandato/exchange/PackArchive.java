package org.mandato.exchange;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An uploaded pack (a zip of the pack's files) unpacked into a temporary folder of its own, which
 * {@link #close()} deletes. The archive is untrusted: the bytes it unpacks to are counted while they
 * are written, so a small archive that would expand to gigabytes is refused at the limit, not after;
 * entries whose name leaves the folder (".." or an absolute path), names given twice and archives of
 * too many entries are refused with a message naming the entry.
 */
final class PackArchive implements AutoCloseable {

    static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;
    /** A pack has a file per catalogue table and per document: a few dozen. */
    static final int MAX_ENTRIES = 1_000;
    static final String FILE = "archive";

    private static final Logger log = LoggerFactory.getLogger(PackArchive.class);
    private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:.*");

    private final Path folder;

    private PackArchive(Path folder) {
        this.folder = folder;
    }

    /** The folder the pack was unpacked into. */
    Path folder() {
        return folder;
    }

    /** Unpacks {@code zip} into a new folder under {@code parent}; on any failure the folder is gone again. */
    static PackArchive unpack(InputStream zip, Path parent, long maxBytes, int maxEntries) {
        Path folder;
        try {
            Files.createDirectories(parent);
            folder = Files.createTempDirectory(parent, "mandato-pack-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder to unpack the pack into under " + parent, e);
        }
        PackArchive archive = new PackArchive(folder);
        try {
            archive.write(zip, maxBytes, maxEntries);
            return archive;
        } catch (RuntimeException e) {
            archive.close();
            throw e;
        }
    }

    private void write(InputStream in, long maxBytes, int maxEntries) {
        Set<String> seen = new HashSet<>();
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = nextEntry(zip)) != null) {
                if (++entries > maxEntries) {
                    throw refused("holds more than " + maxEntries + " entries; a pack has a few dozen files");
                }
                String name = entry.getName().replace('\\', '/');
                Path target = target(name);
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                if (!seen.add(name)) {
                    throw refused("holds '" + name + "' twice");
                }
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
                    for (int read = zip.read(buffer); read >= 0; read = zip.read(buffer)) {
                        total += read;
                        if (total > maxBytes) {
                            throw refused("unpacks to more than " + size(maxBytes) + " (stopped at '" + name + "')");
                        }
                        out.write(buffer, 0, read);
                    }
                }
            }
        } catch (ZipException | EOFException e) {
            throw refused("is not a readable zip archive (" + e.getMessage() + ")");
        } catch (FileAlreadyExistsException | java.nio.file.NotDirectoryException e) {
            throw refused("names '" + folder.relativize(Path.of(e.getFile())) + "' both as a file and as a folder");
        } catch (FileSystemException e) {
            throw new UncheckedIOException(e);
        } catch (IOException e) {
            throw refused("cannot be read to its end (" + e.getMessage() + ")");
        }
        if (entries == 0) {
            throw refused("is not a zip archive, or holds no file");
        }
    }

    /** The next entry; a name that is not valid in the archive's encoding is a bad archive, not a server error. */
    private static ZipEntry nextEntry(ZipInputStream zip) throws IOException {
        try {
            return zip.getNextEntry();
        } catch (IllegalArgumentException e) {
            throw new ZipException("an entry name is not valid UTF-8");
        }
    }

    /** Where an entry goes: refused when its name is absolute or climbs out of the folder. */
    private Path target(String name) {
        if (name.isEmpty() || name.indexOf('\0') >= 0) {
            throw refused("holds an entry without a usable name");
        }
        if (name.startsWith("/") || DRIVE.matcher(name).matches()) {
            throw refused("names an absolute path '" + name + "'; a pack holds only paths inside itself");
        }
        if (Stream.of(name.split("/")).anyMatch(".."::equals)) {
            throw refused("names '" + name + "', a path outside the pack");
        }
        Path target = folder.resolve(name).normalize();
        if (!target.startsWith(folder) || target.equals(folder)) {
            throw refused("names '" + name + "', a path outside the pack");
        }
        return target;
    }

    private static String size(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    private static PackLoadException refused(String problem) {
        return new PackLoadException(FILE, 0, "the uploaded file " + problem, null);
    }

    /** Deletes the folder and everything unpacked into it. */
    @Override
    public void close() {
        delete(folder);
    }

    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not delete the unpacked pack at {}: {}", folder, e.getMessage());
        }
    }
}
