package io.remo.it.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A test run whose server keeps its tables in a schema of its own (REMO_DB_SCHEMA other than public, as the restart
 * tests' server does beside the main one) gets that schema fresh, before WildFly starts, and removed at the end.
 */
public class DatabaseSchema implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (ownSchema()) {
            execute("drop schema if exists " + quoted() + " cascade", "create schema " + quoted());
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (ownSchema()) {
            execute("drop schema if exists " + quoted() + " cascade");
        }
    }

    private static boolean ownSchema() {
        return !"public".equals(ItEnvironment.databaseSchema());
    }

    private static String quoted() {
        return '"' + ItEnvironment.databaseSchema().replace("\"", "\"\"") + '"';
    }

    private static void execute(String... statements) {
        try (Connection connection = ItEnvironment.databaseServer(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("schema " + ItEnvironment.databaseSchema() + ": " + e.getMessage(), e);
        }
    }
}
