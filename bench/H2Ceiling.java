import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embedded database's own ceiling for writing reports, the import's counterpart of nginx for
 * pages: copies the rows an import wrote (reports, texts, revisions, themes, citations, theme
 * listing) into empty tables with the same keys, indexes and foreign keys, inside H2, with no JDBC
 * round trip per row and none of Mandato's code, 2,000 reports per transaction like `generate`.
 * Run it on a copy of a generated database, with nothing else holding it open:
 * {@code java -cp h2.jar bench/H2Ceiling.java 'jdbc:h2:file:DIR/mandato;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE'}
 */
public class H2Ceiling {

    private static final List<String> TABLES = List.of("report", "report_text", "report_revision", "report_revision_text",
            "report_theme", "report_citation", "theme_listing");
    /** The column each table's rows are chunked by, in the order the rows can be written (foreign keys). */
    private static final List<String[]> COPIES = List.of(new String[] {"report", "id"}, new String[] {"report_text", "report_id"},
            new String[] {"report_revision", "report_id"}, new String[] {"report_revision_text", "revision_id"},
            new String[] {"report_theme", "report_id"}, new String[] {"report_citation", "report_id"},
            new String[] {"theme_listing", "report_id"});
    private static final Pattern NAME = Pattern.compile("\"public\"\\.\"(\\w+)\"");
    private static final Pattern INDEX_ON = Pattern.compile(" ON \"public\"\\.\"(\\w+)\"");
    private static final int CHUNK = 2_000;

    public static void main(String[] args) throws SQLException {
        try (Connection connection = DriverManager.getConnection(args[0], "sa", "")) {
            try (Statement statement = connection.createStatement()) {
                for (String ddl : copiesDdl(connection)) {
                    statement.execute(ddl);
                }
            }
            connection.setAutoCommit(false);
            long maxId;
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("select coalesce(max(id), 0), count(*) from report")) {
                result.next();
                maxId = result.getLong(1);
            }
            long cpuBefore = processCpuNanos();
            long started = System.nanoTime();
            long rows = 0;
            for (long from = 0; from <= maxId; from += CHUNK) {
                for (String[] copy : COPIES) {
                    try (PreparedStatement insert = connection.prepareStatement("insert into " + copy[0] + "_ceiling select * from "
                            + copy[0] + " where " + copy[1] + " >= ? and " + copy[1] + " < ?")) {
                        insert.setLong(1, from);
                        insert.setLong(2, from + CHUNK);
                        rows += insert.executeUpdate();
                    }
                }
                connection.commit();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long reports;
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("select count(*) from report_ceiling")) {
                result.next();
                reports = result.getLong(1);
            }
            System.out.printf(Locale.ROOT, "H2-CEILING %,d reports (%,d rows) copied inside H2 in %.1f s: %,.0f reports/s (process CPU %.1f s)%n",
                    reports, rows, seconds, reports / seconds, (processCpuNanos() - cpuBefore) / 1e9);
        }
    }

    /** The report tables' definitions as H2 scripts them, for tables named {@code <table>_ceiling}. */
    private static List<String> copiesDdl(Connection connection) throws SQLException {
        List<String> ddl = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet script = statement.executeQuery("script nodata")) {
            while (script.next()) {
                String sql = script.getString(1);
                String table = tableOf(sql);
                if (table != null && TABLES.contains(table)) {
                    ddl.add(renamed(sql));
                }
            }
        }
        // Tables first, then keys and indexes, then foreign keys (which need the keys they point to).
        ddl.sort(java.util.Comparator.comparingInt(H2Ceiling::stage));
        return ddl;
    }

    private static String tableOf(String sql) {
        if (sql.startsWith("CREATE CACHED TABLE") || sql.startsWith("ALTER TABLE")) {
            Matcher name = NAME.matcher(sql);
            return name.find() ? name.group(1) : null;
        }
        if (sql.startsWith("CREATE ") && sql.contains(" INDEX ")) {
            Matcher on = INDEX_ON.matcher(sql);
            return on.find() ? on.group(1) : null;
        }
        return null;
    }

    private static int stage(String sql) {
        return sql.startsWith("CREATE CACHED TABLE") ? 0 : sql.contains("FOREIGN KEY") ? 2 : 1;
    }

    private static String renamed(String sql) {
        Matcher name = NAME.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (name.find()) {
            String found = name.group(1);
            boolean objectName = TABLES.contains(found) || isConstraintOrIndex(sql, name.start());
            name.appendReplacement(out, objectName ? "\"public\".\"" + found + "_ceiling\"" : name.group());
        }
        name.appendTail(out);
        return out.toString().replace(" NOCHECK", "");
    }

    private static boolean isConstraintOrIndex(String sql, int at) {
        String before = sql.substring(0, at);
        return before.endsWith("CONSTRAINT ") || before.endsWith("INDEX ");
    }

    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }
}
