package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The change log now also records national reports published or withdrawn (entity {@code national}),
 * so that every instance's search index and kept pages follow them. The check on {@code entity} was
 * declared without a name in V6, and H2 and PostgreSQL named it differently, so only the database can
 * tell which constraint to replace: this is a Java migration for that reason.
 */
public class V17__Change_log_for_national_reports extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<String> checks = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select tc.constraint_name from information_schema.table_constraints tc
                     join information_schema.check_constraints cc
                       on cc.constraint_schema = tc.constraint_schema and cc.constraint_name = tc.constraint_name
                     where lower(tc.table_name) = 'change_log' and tc.constraint_type = 'CHECK'
                       and lower(tc.table_schema) = lower(current_schema) and cc.check_clause like '%catalog%'""")) {
            while (rows.next()) {
                checks.add(rows.getString(1));
            }
        }
        if (checks.size() != 1) {
            throw new IllegalStateException("expected one check on change_log.entity, found " + checks);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table change_log drop constraint \"" + checks.get(0) + "\"");
            statement.execute("alter table change_log add constraint change_log_entity_check"
                    + " check (entity in ('report', 'national', 'catalog', 'all'))");
        }
    }
}
