package org.mandato.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSetMetaData;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole database as one zip: a CSV per table, every column, every row, with {@code \N} for
 * null (every other value quoted, so an empty text stays empty). Restoring fills an empty database
 * of either kind (H2 or PostgreSQL) that Flyway has migrated to the same schema, in one transaction
 * held by the caller.
 */
public final class Backup {

    /** Every table but Flyway's own, parents before children. */
    static final List<String> TABLES = List.of("theme", "theme_text", "actor", "actor_text", "summit", "summit_text",
            "document", "document_text", "document_section", "document_section_text", "paragraph", "paragraph_text",
            "paragraph_theme", "app_user", "api_token", "report", "report_text", "report_theme", "report_citation",
            "report_revision", "report_revision_text", "audit_event", "change_log", "pack_load", "reporting_cycle",
            "reporting_cycle_text", "reporting_cycle_summit", "population_group", "population_group_text", "national_report",
            "national_entry", "indicator", "indicator_value", "scoring_guideline", "assessment", "account_link", "notice_opt_out",
            "reminder_sent", "digest_entry", "subscriber", "subscription", "subscriber_erasure", "published_item", "subscription_digest", "glossary_concept",
            "glossary_term");
    /** Tables derived from the others and rebuilt by the application when found empty: not backed up. */
    static final List<String> DERIVED = List.of("theme_listing", "theme_listing_basis");
    static final String FORMAT = "mandato-backup-1";
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setNullString("\\N").setQuoteMode(QuoteMode.ALL_NON_NULL).get();

    private Backup() {
    }

    public static void write(JdbcClient jdbc, OutputStream out) {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "backup.properties");
            zip.write(("format=" + FORMAT + "\ntables=" + String.join(",", TABLES) + "\n").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (String table : TABLES) {
                entry(zip, "tables/" + table + ".csv");
                Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSV);
                jdbc.sql("select * from " + table + " order by 1").query((org.springframework.jdbc.core.ResultSetExtractor<Boolean>) rs -> {
                    ResultSetMetaData meta = rs.getMetaData();
                    boolean first = true;
                    while (rs.next()) {
                        if (first) {
                            List<String> header = new ArrayList<>();
                            for (int c = 1; c <= meta.getColumnCount(); c++) {
                                header.add(meta.getColumnLabel(c).toLowerCase(java.util.Locale.ROOT));
                            }
                            print(csv, header);
                            first = false;
                        }
                        List<String> row = new ArrayList<>();
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            row.add(text(rs.getObject(c), meta.getColumnType(c), rs, c));
                        }
                        print(csv, row);
                    }
                    return Boolean.TRUE;
                });
                csv.flush();
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fills an empty, migrated database from a backup; refuses a database that holds anything. */
    public static int restore(JdbcClient jdbc, InputStream in) {
        for (String table : TABLES) {
            if (jdbc.sql("select count(*) from " + table).query(Integer.class).single() > 0) {
                throw new PackLoadException("backup", 0, "restoring needs an empty database, but table " + table + " has rows", null);
            }
        }
        Map<String, byte[]> files = unzip(in);
        String manifest = new String(files.getOrDefault("backup.properties", new byte[0]), StandardCharsets.UTF_8);
        if (!manifest.contains("format=" + FORMAT)) {
            throw new PackLoadException("backup.properties", 0, "not a Mandato backup of format " + FORMAT, null);
        }
        int rows = 0;
        for (String table : TABLES) {
            byte[] content = files.get("tables/" + table + ".csv");
            if (content == null || content.length == 0) {
                continue;
            }
            rows += restoreTable(jdbc, table, content);
        }
        for (String table : TABLES) {
            if (hasIdColumn(jdbc, table)) {
                long next = jdbc.sql("select coalesce(max(id), 0) + 1 from " + table).query(Long.class).single();
                jdbc.sql("alter table " + table + " alter column id restart with " + next).update();
            }
        }
        return rows;
    }

    private static int restoreTable(JdbcClient jdbc, String table, byte[] content) {
        try (var parser = CSV.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(new java.io.ByteArrayInputStream(content), StandardCharsets.UTF_8))) {
            List<String> columns = parser.getHeaderNames();
            Map<String, Integer> types = columnTypes(jdbc, table);
            String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                    + String.join(", ", columns.stream().map(c -> ":" + c).toList()) + ")";
            int count = 0;
            for (CSVRecord record : parser) {
                var statement = jdbc.sql(sql);
                for (String column : columns) {
                    if (!types.containsKey(column)) {
                        throw new PackLoadException("tables/" + table + ".csv", parser.getCurrentLineNumber(),
                                "column '" + column + "' does not exist in this database's schema", null);
                    }
                    statement = statement.param(column, value(record.get(column), types.get(column)));
                }
                statement.update();
                count++;
            }
            return count;
        } catch (IOException e) {
            throw new PackLoadException("tables/" + table + ".csv", 0, "not readable (" + e.getMessage() + ")", e);
        }
    }

    private static Map<String, Integer> columnTypes(JdbcClient jdbc, String table) {
        return metaOfEmpty(jdbc, table);
    }

    /** The column types of a table, read from the metadata of a select that returns no row. */
    private static Map<String, Integer> metaOfEmpty(JdbcClient jdbc, String table) {
        Map<String, Integer> types = new HashMap<>();
        jdbc.sql("select * from " + table + " where 1 = 0").query((org.springframework.jdbc.core.ResultSetExtractor<Boolean>) rs -> {
            ResultSetMetaData meta = rs.getMetaData();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                types.put(meta.getColumnLabel(c).toLowerCase(java.util.Locale.ROOT), meta.getColumnType(c));
            }
            return Boolean.TRUE;
        });
        return types;
    }

    private static boolean hasIdColumn(JdbcClient jdbc, String table) {
        return metaOfEmpty(jdbc, table).containsKey("id");
    }

    private static String text(Object value, int type, java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP -> rs.getObject(column, OffsetDateTime.class).toString();
            case Types.DATE -> rs.getObject(column, LocalDate.class).toString();
            case Types.DECIMAL, Types.NUMERIC -> ((java.math.BigDecimal) value).toPlainString();
            default -> value.toString();
        };
    }

    private static Object value(String text, int type) {
        if (text == null) {
            return null;
        }
        return switch (type) {
            case Types.BIGINT -> Long.valueOf(text);
            case Types.INTEGER, Types.SMALLINT -> Integer.valueOf(text);
            case Types.BOOLEAN, Types.BIT -> Boolean.valueOf(text);
            case Types.DECIMAL, Types.NUMERIC -> new java.math.BigDecimal(text);
            case Types.DATE -> LocalDate.parse(text);
            case Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP -> OffsetDateTime.parse(text);
            default -> text;
        };
    }

    private static void print(CSVPrinter csv, List<String> values) {
        try {
            csv.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entry(ZipOutputStream zip, String name) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(0);
        zip.putNextEntry(entry);
    }

    private static Map<String, byte[]> unzip(InputStream in) {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new PackLoadException("backup", 0, "not a zip archive (" + e.getMessage() + ")", e);
        }
        return files;
    }
}
