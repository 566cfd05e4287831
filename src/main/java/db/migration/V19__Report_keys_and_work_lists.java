package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Every report gets a stable key, which packs export and imports match on. Reports written in the
 * editor or through the API had none (only imported ones did), so a pack exported and loaded again
 * added each of them a second time. Each such report gets a random UUID now, as new ones do when
 * created; the column then refuses a report without a key. A Java migration because H2 and
 * PostgreSQL name their UUID functions differently.
 *
 * <p>Also an index for the work lists of the Secretariat ("My work", the desk): the reports of one
 * status, most recently changed first, read a page at a time instead of sorting every one of them.
 */
public class V19__Report_keys_and_work_lists extends BaseJavaMigration {

    private static final int BATCH = 1_000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<Long> keyless = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select id from report where external_key is null order by id")) {
            while (rows.next()) {
                keyless.add(rows.getLong(1));
            }
        }
        try (PreparedStatement update = connection.prepareStatement("update report set external_key = ? where id = ?")) {
            for (int i = 0; i < keyless.size(); i++) {
                update.setString(1, UUID.randomUUID().toString());
                update.setLong(2, keyless.get(i));
                update.addBatch();
                if ((i + 1) % BATCH == 0 || i + 1 == keyless.size()) {
                    update.executeBatch();
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table report alter column external_key set not null");
            statement.execute("create index report_by_status_updated on report (status, updated_at desc, id desc)");
        }
    }
}
