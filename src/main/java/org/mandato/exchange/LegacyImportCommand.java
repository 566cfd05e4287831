package org.mandato.exchange;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.FileSystemResource;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar mandato.jar import-legacy FILE|FOLDER [--theme SLUG] [--institution CODE] [--dry-run]}:
 * imports a saved legacy page (text or HTML), or every page of a folder ({@link LegacyFolderImport}),
 * from the command line, prints what it did (or would do) and ends the application with exit code 0
 * on success, 1 on any problem. Runs after the packs are loaded.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class LegacyImportCommand implements ApplicationRunner {

    static final String NAME = "import-legacy";
    static final String USAGE = "usage: java -jar mandato.jar import-legacy FILE|FOLDER [--theme SLUG] [--institution CODE] [--dry-run]";

    /** What the command line asks for; {@code error} says what is wrong with it. */
    record Options(String file, String theme, String institution, boolean dryRun, String error) {

        static Options parse(String[] args) {
            String file = null;
            String theme = "";
            String institution = "";
            boolean dryRun = false;
            boolean afterCommand = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (!afterCommand) {
                    afterCommand = arg.equals(NAME);
                } else if (arg.equals("--dry-run")) {
                    dryRun = true;
                } else if (arg.equals("--theme") || arg.equals("--institution")) {
                    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                        return error(arg + " needs a value");
                    }
                    if (arg.equals("--theme")) {
                        theme = args[++i];
                    } else {
                        institution = args[++i];
                    }
                } else if (arg.startsWith("--theme=")) {
                    theme = arg.substring("--theme=".length());
                } else if (arg.startsWith("--institution=")) {
                    institution = arg.substring("--institution=".length());
                } else if (arg.startsWith("--")) {
                    continue; // a setting of the application, such as --spring.datasource.url=…
                } else if (file == null) {
                    file = arg;
                } else {
                    return error("unexpected argument '" + arg + "'");
                }
            }
            return file == null ? error("the file or folder to import is missing") : new Options(file, theme, institution, dryRun, null);
        }

        private static Options error(String message) {
            return new Options(null, "", "", false, message);
        }
    }

    private final LegacyImporter importer;
    private final LegacyFolderImport folderImport;
    private final MessageSource messages;
    private final ApplicationContext context;

    LegacyImportCommand(LegacyImporter importer, LegacyFolderImport folderImport, MessageSource messages,
                        ApplicationContext context) {
        this.importer = importer;
        this.folderImport = folderImport;
        this.messages = messages;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> words = args.getNonOptionArgs();
        if (words.isEmpty() || !words.get(0).equals(NAME)) {
            return;
        }
        int code = execute(args.getSourceArgs(), System.out, System.err, ProgressBar.onTerminal());
        System.exit(SpringApplication.exit(context, () -> code));
    }

    /** Runs the command; the exit code is 0 when everything went well, 1 otherwise. */
    int execute(String[] args, PrintStream out, PrintStream err) {
        return execute(args, out, err, false);
    }

    /** {@code terminal}: the output is a terminal, where a folder's progress is one bar drawn in place. */
    int execute(String[] args, PrintStream out, PrintStream err, boolean terminal) {
        Options options = Options.parse(args);
        if (options.error() != null) {
            err.println(NAME + ": " + options.error());
            err.println(USAGE);
            return 1;
        }
        Path path = Path.of(options.file());
        if (Files.isDirectory(path)) {
            return folderImport.execute(path, options.theme(), options.institution(), options.dryRun(), out, err, terminal);
        }
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            err.println(text("legacy.error.unreadable", options.file()));
            return 1;
        }
        var request = new LegacyImportRequest(path.getFileName().toString(), size, new FileSystemResource(path),
                options.theme(), options.institution());
        LegacyImportResult result = options.dryRun()
                ? importer.check(request)
                : importer.run(request, (done, total) -> out.println(text("legacy.progress", done, total)));
        for (LegacyImportResult.Entry entry : result.entries()) {
            String outcome = entry.isNew() ? text(result.created() > 0 ? "legacy.outcome.created" : "legacy.outcome.new")
                    : text("legacy.outcome.duplicate", entry.existingReport());
            out.println(text("legacy.report.line") + " " + entry.lineList() + "  " + entry.date() + "  " + outcome);
        }
        if (options.dryRun()) {
            result.skipped().forEach(line -> out.println(text("legacy.skipped.line", line.line(), line.text())));
        }
        result.problems().forEach(problem -> err.println(text(problem.key(), problem.arguments())));
        out.println(summary(result));
        return result.ok() ? 0 : 1;
    }

    private String summary(LegacyImportResult result) {
        if (!result.ok() && !result.dryRun()) {
            return text("legacy.summary.failed", result.fileName(), result.problems().size());
        }
        return result.dryRun()
                ? text("legacy.summary.dryRun", result.fileName(), result.newReports(), result.duplicates(), result.problems().size())
                : text("legacy.summary.done", result.fileName(), result.created(), result.duplicates());
    }

    /** The operator's messages are in English, like the log. */
    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }
}
