package io.remo.it.support;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Direct reads of the test database, to assert what the API does not show. */
public final class Database {

    private Database() {
    }

    public static long count(String sql, Object... parameters) {
        return ((Number) single(sql, parameters)).longValue();
    }

    public static Object single(String sql, Object... parameters) {
        List<List<Object>> rows = rows(sql, parameters);
        if (rows.size() != 1) {
            throw new IllegalStateException(rows.size() + " rows for " + sql);
        }
        return rows.get(0).get(0);
    }

    public static List<List<Object>> rows(String sql, Object... parameters) {
        try (var connection = ItEnvironment.database(); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var result = statement.executeQuery()) {
                List<List<Object>> rows = new ArrayList<>();
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<Object> row = new ArrayList<>(columns);
                    for (int c = 1; c <= columns; c++) {
                        row.add(result.getObject(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** A statement that changes rows (test clean-up); the number of rows it changed. */
    public static int update(String sql, Object... parameters) {
        try (var connection = ItEnvironment.database(); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Timers of the purge service whose info names the project (the info column holds the marshalled string). */
    public static long purgeTimersOf(UUID projectId) {
        return rows("select info from jboss_ejb_timer where timed_object_id like '%PurgeTimers'").stream()
                .map(row -> (String) row.get(0))
                .filter(info -> info != null && new String(java.util.Base64.getDecoder().decode(info),
                        java.nio.charset.StandardCharsets.ISO_8859_1).contains(projectId.toString()))
                .count();
    }
}
