package org.mandato;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL server for tests, started once per test JVM from the zonky binaries (no Docker
 * needed) and stopped when the JVM exits. A test class runs on it by declaring
 * {@code @DynamicPropertySource static void onPostgres(DynamicPropertyRegistry r) { PostgresServer.use(r); }}.
 */
public final class PostgresServer {

    private static EmbeddedPostgres server;

    private PostgresServer() {
    }

    public static void use(DynamicPropertyRegistry registry) {
        EmbeddedPostgres postgres = server();
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        // Many test contexts stay cached at once, each with its own pool on the one server.
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
    }

    /**
     * Like {@link #use}, on a database shared by the tests that write (the twin of
     * {@code @MandatoWriteTest}'s H2 database), so that the tests reading the demo pack see it untouched.
     */
    public static void useForWrites(DynamicPropertyRegistry registry) {
        useOwnDatabase(registry, "mandato_writes");
    }

    /**
     * Like {@link #use}, on the database {@code name}, created on first use and then shared by every
     * test class naming it in this JVM: for tests whose writes others must not see.
     */
    public static void useOwnDatabase(DynamicPropertyRegistry registry, String name) {
        use(registry);
        registry.add("spring.datasource.url", () -> database(name));
    }

    private static final Map<String, String> databases = new HashMap<>();

    /** The JDBC URL of the database {@code name}, created the first time it is asked for. */
    public static synchronized String database(String name) {
        return databases.computeIfAbsent(name, PostgresServer::newDatabase);
    }

    /** A new, empty database on the shared server; returns its JDBC URL. */
    public static synchronized String newDatabase(String name) {
        EmbeddedPostgres postgres = server();
        try (var connection = postgres.getPostgresDatabase().getConnection(); var statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return postgres.getJdbcUrl("postgres", name);
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // The JVM is exiting; nothing is left to clean up that the OS will not.
                }
            }));
        }
        return server;
    }
}
