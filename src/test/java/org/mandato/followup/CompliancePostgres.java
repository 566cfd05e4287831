package org.mandato.followup;

import org.mandato.PostgresServer;

/** The compliance tests' database on the shared PostgreSQL server, created once per test JVM. */
final class CompliancePostgres {

    private static String url;

    private CompliancePostgres() {
    }

    static synchronized String database() {
        if (url == null) {
            url = PostgresServer.newDatabase("compliance");
        }
        return url;
    }
}
