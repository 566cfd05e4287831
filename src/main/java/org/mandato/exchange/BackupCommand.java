package org.mandato.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code java -jar mandato.jar backup FILE} writes the whole database to FILE;
 * {@code java -jar mandato.jar restore FILE} fills an empty database from it, all or nothing.
 * Runs before every other start-up task (so that a restore finds the database empty), then exits.
 */
@Component
@Order(-10)
class BackupCommand implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationContext context;

    BackupCommand(JdbcClient jdbc, TransactionTemplate transactions, ApplicationContext context) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> words = args.getNonOptionArgs();
        if (words.isEmpty() || !List.of("backup", "restore").contains(words.get(0))) {
            return;
        }
        int code = execute(words);
        System.exit(SpringApplication.exit(context, () -> code));
    }

    /** Runs the command and returns the exit code: 0 done, 1 failed (the reason is printed). */
    int execute(List<String> words) {
        if (words.size() != 2) {
            System.err.println("usage: java -jar mandato.jar backup FILE | restore FILE");
            return 1;
        }
        Path file = Path.of(words.get(1));
        try {
            if (words.get(0).equals("backup")) {
                try (OutputStream out = Files.newOutputStream(file)) {
                    transactions.executeWithoutResult(status -> Backup.write(jdbc, out));
                }
                System.out.println("Backup written to " + file.toAbsolutePath() + " (" + Files.size(file) + " bytes)");
            } else {
                try (InputStream in = Files.newInputStream(file)) {
                    Integer rows = transactions.execute(status -> Backup.restore(jdbc, in));
                    System.out.println("Restored " + rows + " rows from " + file.toAbsolutePath());
                }
            }
            return 0;
        } catch (PackLoadException e) {
            System.err.println("Not done: " + e.getMessage());
            return 1;
        } catch (IOException | UncheckedIOException e) {
            System.err.println("Not done: cannot use " + file + " (" + e.getMessage() + ")");
            return 1;
        }
    }
}
