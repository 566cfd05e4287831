package org.mandato.exchange;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.stereotype.Component;

/**
 * {@code import-legacy FOLDER}: every saved page of a folder (text or HTML, by name), one after the
 * other, each in its own transaction: a page with a problem writes nothing while the others import.
 * Shows a progress bar while it works, then one table (page, theme, institution, created, already
 * here, problems), each problem with its page and line, and the totals.
 */
@Component
class LegacyFolderImport {

    /** The names saved pages have: a browser saves a page "as text" or "as HTML (web page, HTML only)". */
    static final Set<String> EXTENSIONS = Set.of("txt", "text", "htm", "html");

    private final LegacyImporter importer;
    private final MessageSource messages;

    LegacyFolderImport(LegacyImporter importer, MessageSource messages) {
        this.importer = importer;
        this.messages = messages;
    }

    /** Imports (or checks) every page of the folder; 0 when every page went well, 1 otherwise. */
    int execute(Path folder, String theme, String institution, boolean dryRun, PrintStream out, PrintStream err,
                boolean terminal) {
        List<Path> pages;
        try (Stream<Path> files = Files.list(folder)) {
            pages = files.filter(Files::isRegularFile).filter(LegacyFolderImport::isPage).sorted().toList();
        } catch (IOException e) {
            err.println(text("legacy.error.unreadable", folder.toString()));
            return 1;
        }
        if (pages.isEmpty()) {
            err.println(text("legacy.folder.empty", folder.toString(), String.join(", ", EXTENSIONS.stream().sorted().toList())));
            return 1;
        }
        ProgressBar bar = new ProgressBar(out, terminal, pages.size(),
                (done, total, label) -> text("legacy.folder.progress", done, total, label));
        List<LegacyImportResult> results = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Path page = pages.get(i);
            bar.show(i + 1, page.getFileName().toString());
            results.add(importPage(page, theme, institution, dryRun));
        }
        bar.finish();
        out.print(table(results, dryRun));
        for (LegacyImportResult result : results) {
            result.problems().forEach(problem -> err.println(result.fileName() + ": " + text(problem.key(), problem.arguments())));
        }
        long refused = results.stream().filter(r -> !r.ok()).count();
        long reports = results.stream().mapToLong(r -> dryRun ? r.newReports() : r.created()).sum();
        long duplicates = results.stream().mapToLong(LegacyImportResult::duplicates).sum();
        out.println(text(dryRun ? "legacy.folder.summary.dryRun" : "legacy.folder.summary.done",
                results.size(), results.size() - refused, refused, reports, duplicates));
        return refused == 0 ? 0 : 1;
    }

    private LegacyImportResult importPage(Path page, String theme, String institution, boolean dryRun) {
        String name = page.getFileName().toString();
        long size;
        try {
            size = Files.size(page);
        } catch (IOException e) {
            return LegacyImportResult.failed(name, dryRun, LegacyProblem.of(LegacyProblem.FILE, "legacy.error.unreadable", name));
        }
        var request = new LegacyImportRequest(name, size, new FileSystemResource(page), theme, institution);
        return dryRun ? importer.check(request) : importer.run(request);
    }

    /** The summary as a plain-text table, its columns as wide as their widest cell. */
    String table(List<LegacyImportResult> results, boolean dryRun) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {text("legacy.folder.column.page"), text("legacy.folder.column.theme"),
                text("legacy.folder.column.institution"), text(dryRun ? "legacy.folder.column.new" : "legacy.folder.column.created"),
                text("legacy.folder.column.alreadyHere"), text("legacy.folder.column.problems")});
        for (LegacyImportResult result : results) {
            List<String> themes = result.themes().stream().map(t -> t.name().text("en")).toList();
            rows.add(new String[] {result.fileName(), themes.isEmpty() ? "—" : String.join(", ", themes),
                    result.institution() == null ? "—" : result.institution().label("en"),
                    String.valueOf(dryRun ? result.newReports() : result.created()), String.valueOf(result.duplicates()),
                    String.valueOf(result.problems().size())});
        }
        int[] widths = new int[rows.get(0).length];
        rows.forEach(row -> {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        });
        StringBuilder table = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                // Counts are right-aligned, names left-aligned.
                String format = c >= 3 ? "%" + widths[c] + "s" : "%-" + widths[c] + "s";
                line.append(c == 0 ? "" : "  ").append(String.format(Locale.ROOT, format, row[c]));
            }
            table.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return table.toString();
    }

    static boolean isPage(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".") && dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }
}
