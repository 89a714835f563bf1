package io.remo.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Read-only queries on the instance's database: the timings the server recorded (purge_log, pipeline_runs, JBeret). */
final class Database {

    private final String url;
    private final String user;
    private final String password;

    Database(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    List<List<Object>> rows(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<Object> row = new ArrayList<>(columns);
                    for (int c = 1; c <= columns; c++) {
                        row.add(result.getObject(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    long count(String sql, Object... parameters) {
        return ((Number) rows(sql, parameters).get(0).get(0)).longValue();
    }

    Object single(String sql, Object... parameters) {
        List<List<Object>> rows = rows(sql, parameters);
        return rows.isEmpty() ? null : rows.get(0).get(0);
    }
}
