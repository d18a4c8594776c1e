package org.kasang.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One platform process of several on one database, started from the test's own classpath with
 * {@code org.kasang.Application}, its output in target/two-instances/NAME.log; stopped with its JVM.
 */
final class PlatformNode {

    private static final Path LOGS = Path.of("target", "two-instances").toAbsolutePath();
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private PlatformNode(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    static PlatformNode start(String name, String databaseUrl, String... settings) {
        try {
            Files.createDirectories(LOGS);
            int port = SharedKeycloak.freePort();
            Path log = LOGS.resolve(name + ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                    "-cp", System.getProperty("java.class.path"), "org.kasang.Application",
                    "--server.port=" + port,
                    "--spring.datasource.url=" + databaseUrl,
                    "--spring.datasource.username=postgres",
                    "--spring.datasource.password=",
                    "--kasang.node-name=" + name,
                    "--vaadin.launch-browser=false",
                    "--vaadin.devmode.devTools.enabled=false"));
            command.addAll(List.of(settings));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            PlatformNode node = new PlatformNode(name, port, process, log);
            Runtime.getRuntime().addShutdownHook(new Thread(node::stop));
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the node's readiness probe says it serves (started, database reachable). */
    void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant until = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting; see " + log);
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        throw new IllegalStateException(name + " not ready after " + START_TIMEOUT + "; see " + log);
    }

    String url() {
        return "http://localhost:" + port;
    }

    int port() {
        return port;
    }

    String name() {
        return name;
    }

    /** What the node has logged so far. */
    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void stop() {
        process.toHandle().descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
