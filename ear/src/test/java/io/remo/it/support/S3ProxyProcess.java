package io.remo.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The S3 server of the test run: S3Proxy on its filesystem backend, in a directory of its own that is removed
 * at the end (the throwaway bucket). Started before the first test, so before Arquillian starts WildFly;
 * tests may stop and start it to see the server cope with an outage.
 */
public class S3ProxyProcess implements LauncherSessionListener {

    private static Process process;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("remo.it.s3.port") != null) {
            deleteData();
            start();
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (System.getProperty("remo.it.s3.port") != null) {
            stop();
            deleteData();
        }
    }

    public static synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        try {
            Path dir = ItEnvironment.workDir().resolve("s3proxy");
            Files.createDirectories(dir.resolve("data"));
            Path properties = dir.resolve("s3proxy.properties");
            Files.writeString(properties, String.join("\n",
                    "s3proxy.endpoint=" + ItEnvironment.s3Endpoint(),
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + ItEnvironment.s3AccessKey(),
                    "s3proxy.credential=" + ItEnvironment.s3SecretKey(),
                    "jclouds.provider=filesystem",
                    "jclouds.filesystem.basedir=" + dir.resolve("data")));
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            process = new ProcessBuilder(List.of(java, "-Xmx256m", "-jar", ItEnvironment.s3ProxyJar().toString(),
                    "--properties", properties.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("s3proxy.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("S3Proxy did not start", e);
        }
        Awaitility.await("S3Proxy listening").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> listening(ItEnvironment.s3Port()));
    }

    public static synchronized void stop() {
        if (process != null) {
            process.destroy();
            Awaitility.await("S3Proxy stopped").atMost(Duration.ofSeconds(30)).until(() -> !process.isAlive());
            process = null;
        }
    }

    private static boolean listening(int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteData() {
        Path dir = ItEnvironment.workDir().resolve("s3proxy");
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
