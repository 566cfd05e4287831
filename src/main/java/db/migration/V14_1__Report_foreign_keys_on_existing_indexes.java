package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * H2 gives every foreign key declared in a {@code create table} an index of its own when no index
 * exists yet at that moment, even if the table's primary key or an index created just after covers
 * the same columns: {@code report_theme} had two indexes on {@code report_id} and two on
 * {@code theme_id}, and so on, about a dozen extra index entries written for every imported report.
 * This migration drops and adds again the foreign keys of the report tables, under a name of their
 * own: H2 then reuses the covering index and drops the extra one. PostgreSQL never creates an index
 * for a foreign key, so there is nothing to do there; the migration is a Java one because H2 named
 * those constraints itself, and only the database can tell their names.
 */
public class V14_1__Report_foreign_keys_on_existing_indexes extends BaseJavaMigration {

    private static final List<String> TABLES = List.of("report", "report_text", "report_theme", "report_citation",
            "report_revision", "report_revision_text");

    private record ForeignKey(String table, String name, String column, String referencedTable, String referencedColumn,
                              boolean cascade) {}

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().equals("H2")) {
            return;
        }
        List<ForeignKey> keys = new ArrayList<>();
        for (String table : TABLES) {
            try (ResultSet rows = connection.getMetaData().getImportedKeys(null, null, table)) {
                while (rows.next()) {
                    if (rows.getInt("KEY_SEQ") != 1) {
                        throw new IllegalStateException("foreign key " + rows.getString("FK_NAME") + " of " + table
                                + " has more than one column");
                    }
                    keys.add(new ForeignKey(table, rows.getString("FK_NAME"), rows.getString("FKCOLUMN_NAME"),
                            rows.getString("PKTABLE_NAME"), rows.getString("PKCOLUMN_NAME"),
                            rows.getInt("DELETE_RULE") == java.sql.DatabaseMetaData.importedKeyCascade));
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (ForeignKey key : keys) {
                statement.execute("alter table " + key.table() + " drop constraint \"" + key.name() + "\"");
            }
            for (ForeignKey key : keys) {
                statement.execute("alter table " + key.table() + " add constraint " + key.table() + "_" + key.column() + "_fkey"
                        + " foreign key (" + key.column() + ") references " + key.referencedTable() + " (" + key.referencedColumn() + ")"
                        + (key.cascade() ? " on delete cascade" : ""));
            }
        }
    }
}
