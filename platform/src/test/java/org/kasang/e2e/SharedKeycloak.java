package org.kasang.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One real Keycloak for every journey of the test JVM: the distribution that the e2e profile unpacks into
 * target/keycloak, started in development mode on a free port of 127.0.0.1 with the repository's
 * keycloak-realm/kasang-realm.json imported into an empty database, and stopped (java child included) when
 * the JVM ends. Needs a Java 21+ JDK: KASANG_KEYCLOAK_JAVA_HOME, else JAVA_HOME if it is 21 or later.
 */
final class SharedKeycloak {

    static final String REALM = "kasang";
    private static final Path DISTRIBUTIONS = Path.of("target", "keycloak").toAbsolutePath();
    private static final Path REALM_FILE = Path.of("..", "keycloak-realm", "kasang-realm.json");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static SharedKeycloak started;

    private final int port;
    private final String adminPassword;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private SharedKeycloak(int port, String adminPassword) {
        this.port = port;
        this.adminPassword = adminPassword;
    }

    /** The running Keycloak, started on the first call. */
    static synchronized SharedKeycloak get() {
        if (started == null) {
            started = start();
        }
        return started;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    int port() {
        return port;
    }

    /** The Admin REST API as Keycloak's bootstrap administrator, for tests to look at what the platform did. */
    org.keycloak.admin.client.Keycloak admin() {
        return org.keycloak.admin.client.Keycloak.getInstance(baseUrl(), "master", "admin", adminPassword, "admin-cli");
    }

    String issuer() {
        return baseUrl() + "/realms/" + REALM;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SharedKeycloak start() {
        Path home = distribution();
        Path java = javaHome();
        Path realm = REALM_FILE.toAbsolutePath().normalize();
        if (!Files.isRegularFile(realm)) {
            throw new IllegalStateException("No realm file at " + realm);
        }
        try {
            // An empty database each run, so Keycloak imports the realm file as it is now.
            deleteTree(home.resolve("data"));
            Files.createDirectories(home.resolve("data/import"));
            Files.copy(realm, home.resolve("data/import/kasang-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            int port = freePort();
            String adminPassword = UUID.randomUUID().toString();
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--import-realm", "--http-host=127.0.0.1", "--http-port=" + port,
                    "--hostname=http://localhost:" + port)
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(DISTRIBUTIONS.resolve("keycloak.log").toFile());
            builder.environment().put("JAVA_HOME", java.toString());
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
            // The realm file's client secret placeholders fall back to their demo values.
            builder.environment().remove("KEYCLOAK_CLIENT_SECRET");
            builder.environment().remove("KEYCLOAK_PROVISIONING_SECRET");
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process)));
            SharedKeycloak keycloak = new SharedKeycloak(port, adminPassword);
            keycloak.awaitRealm(process);
            return keycloak;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** kc.sh runs Keycloak as a java child: killing the script alone would leave it running. */
    private static void stop(Process process) {
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        tree.forEach(ProcessHandle::destroy);
        Instant deadline = Instant.now().plusSeconds(15);
        for (ProcessHandle handle : tree) {
            while (handle.isAlive() && Instant.now().isBefore(deadline)) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private void awaitRealm(Process process) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        URI wellKnown = URI.create(issuer() + "/.well-known/openid-configuration");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped with exit code " + process.exitValue() + "; see "
                        + DISTRIBUTIONS.resolve("keycloak.log").toAbsolutePath());
            }
            try {
                var response = http.send(HttpRequest.newBuilder(wellKnown).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"issuer\":\"" + issuer() + "\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        stop(process);
        throw new IllegalStateException("Keycloak's realm '" + REALM + "' did not answer at " + wellKnown + " within "
                + START_TIMEOUT + "; see " + DISTRIBUTIONS.resolve("keycloak.log").toAbsolutePath());
    }

    /**
     * Lets the realm's platform client send browsers back to a platform at this address (Keycloak's redirect URIs
     * take no wildcard port): redirect URIs, post-logout redirect URIs and web origins, through the admin REST API.
     */
    void allowPlatformAt(String platformUrl) {
        try {
            String token = JSON.readTree(send(HttpRequest.newBuilder(URI.create(baseUrl() + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password="
                            + URLEncoder.encode(adminPassword, StandardCharsets.UTF_8))))).get("access_token").asText();
            String clients = baseUrl() + "/admin/realms/" + REALM + "/clients";
            JsonNode client = JSON.readTree(send(HttpRequest.newBuilder(URI.create(clients + "?clientId=platform"))
                    .header("Authorization", "Bearer " + token).GET())).get(0);
            ObjectNode changed = (ObjectNode) client;
            ((ArrayNode) changed.withArray("redirectUris")).add(platformUrl + "/*");
            ((ArrayNode) changed.withArray("webOrigins")).add(platformUrl);
            ObjectNode attributes = (ObjectNode) changed.get("attributes");
            attributes.put("post.logout.redirect.uris",
                    attributes.path("post.logout.redirect.uris").asText() + "##" + platformUrl + "/*");
            send(HttpRequest.newBuilder(URI.create(clients + "/" + client.get("id").asText()))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(changed))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String send(HttpRequest.Builder request) throws IOException {
        try {
            var response = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("Keycloak answered " + response.statusCode() + " to "
                        + response.request().method() + " " + response.uri() + ": " + response.body());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path distribution() {
        try (Stream<Path> dirs = Files.isDirectory(DISTRIBUTIONS) ? Files.list(DISTRIBUTIONS) : Stream.empty()) {
            return dirs.filter(dir -> Files.isRegularFile(dir.resolve("bin/kc.sh")))
                    .max(Comparator.naturalOrder())
                    .orElseThrow(() -> new IllegalStateException("No Keycloak distribution in "
                            + DISTRIBUTIONS.toAbsolutePath() + ": run the journeys with `./mvnw -Pe2e verify`, whose "
                            + "e2e profile unpacks org.keycloak:keycloak-quarkus-dist there"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** KASANG_KEYCLOAK_JAVA_HOME, else JAVA_HOME if it is Java 21 or later, else a failure saying what to install. */
    static Path javaHome() {
        String explicit = System.getenv("KASANG_KEYCLOAK_JAVA_HOME");
        if (explicit != null && !explicit.isBlank()) {
            Path home = Path.of(explicit);
            int version = featureVersion(home).orElse(0);
            if (version < 21) {
                throw new IllegalStateException("KASANG_KEYCLOAK_JAVA_HOME=" + explicit + " is not a Java 21+ JDK"
                        + (version > 0 ? " (it is Java " + version + ")" : "") + "; Keycloak 26 needs Java 21 or later");
            }
            return home;
        }
        String javaHome = System.getenv("JAVA_HOME");
        if (javaHome != null && !javaHome.isBlank() && featureVersion(Path.of(javaHome)).orElse(0) >= 21) {
            return Path.of(javaHome);
        }
        throw new IllegalStateException("Keycloak 26 needs Java 21 or later, and neither KASANG_KEYCLOAK_JAVA_HOME nor "
                + "JAVA_HOME (" + javaHome + ") points at one: install a JDK 21+ (e.g. `apt-get install "
                + "openjdk-21-jdk-headless`) and set KASANG_KEYCLOAK_JAVA_HOME to its directory "
                + "(e.g. /usr/lib/jvm/java-21-openjdk-amd64)");
    }

    /** The major Java version of a JDK, from its `release` file. */
    private static Optional<Integer> featureVersion(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(home.resolve("bin/java")) || !Files.isRegularFile(release)) {
            return Optional.empty();
        }
        try (var reader = Files.newBufferedReader(release)) {
            Properties properties = new Properties();
            properties.load(reader);
            String version = properties.getProperty("JAVA_VERSION", "").replace("\"", "");
            String major = version.startsWith("1.") ? version.substring(2) : version;
            return Optional.of(Integer.parseInt(major.split("[.+-]")[0]));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
