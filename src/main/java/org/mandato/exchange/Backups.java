package org.mandato.exchange;

import java.io.OutputStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes backups from within one read transaction, so that the archive is one consistent state. */
@Service
class Backups {

    private final JdbcClient jdbc;

    Backups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public void write(OutputStream out) {
        Backup.write(jdbc, out);
    }
}
