package io.remo.it.support;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Where the test server, its database and its object store are. Ports and paths come from failsafe's system
 * properties (ear/pom.xml); the database from the same REMO_DB_* variables the server reads.
 */
public final class ItEnvironment {

    private ItEnvironment() {
    }

    public static URI baseUri() {
        return URI.create("http://127.0.0.1:" + property("remo.it.http.port") + "/");
    }

    public static URI apiUri() {
        return baseUri().resolve("api/v1/");
    }

    public static int managementPort() {
        return Integer.parseInt(property("remo.it.management.port"));
    }

    public static int s3Port() {
        return Integer.parseInt(property("remo.it.s3.port"));
    }

    public static URI s3Endpoint() {
        return URI.create("http://127.0.0.1:" + s3Port());
    }

    public static String s3Bucket() {
        return property("remo.it.s3.bucket");
    }

    public static String s3AccessKey() {
        return property("remo.it.s3.access-key");
    }

    public static String s3SecretKey() {
        return property("remo.it.s3.secret-key");
    }

    public static Path s3ProxyJar() {
        return Path.of(property("remo.it.s3proxy.jar"));
    }

    public static Path workDir() {
        return Path.of(property("remo.it.work.dir"));
    }

    public static Path earFile() {
        return Path.of(property("remo.it.ear"));
    }

    /** A connection to the test server's tables: its database, in its schema (REMO_DB_SCHEMA, as the server reads it). */
    public static Connection database() throws SQLException {
        Properties properties = credentials();
        properties.setProperty("currentSchema", databaseSchema());
        return DriverManager.getConnection(databaseUrl(), properties);
    }

    /** A connection to the run's database without a schema chosen, for creating and dropping schemas. */
    static Connection databaseServer() throws SQLException {
        return DriverManager.getConnection(databaseUrl(), credentials());
    }

    public static String databaseSchema() {
        return env("REMO_DB_SCHEMA", "public");
    }

    private static String databaseUrl() {
        return env("REMO_DB_URL", "jdbc:postgresql://127.0.0.1:5432/remo");
    }

    private static Properties credentials() {
        Properties properties = new Properties();
        properties.setProperty("user", env("REMO_DB_USER", "remo"));
        properties.setProperty("password", env("REMO_DB_PASSWORD", "remo"));
        return properties;
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("system property " + name + " is not set: run the tests through Maven (./remo test)");
        }
        return value;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
