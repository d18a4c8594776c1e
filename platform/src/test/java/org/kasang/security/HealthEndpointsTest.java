package org.kasang.security;

import org.junit.jupiter.api.Test;
import org.kasang.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What a load balancer or container runtime sees of Actuator: the health probes, and nothing else. */
class HealthEndpointsTest extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void liveness_is_up_without_signing_in() throws Exception {
        var response = send(client(), "/actuator/health/liveness");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void readiness_is_up_without_signing_in_and_includes_the_database() throws Exception {
        var response = send(client(), "/actuator/health/readiness");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("{\"status\":\"UP\"")
                .contains("\"db\":{\"status\":\"UP\"}")
                .contains("\"readinessState\":{\"status\":\"UP\"}")
                // statuses only: no database product, no validation query
                .doesNotContain("PostgreSQL").doesNotContain("details");
    }

    @Test
    void the_overall_health_shows_only_a_status() throws Exception {
        var response = send(client(), "/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\",\"groups\":[\"liveness\",\"readiness\"]}");
    }

    @Test
    void no_other_actuator_path_is_reachable_without_signing_in() throws Exception {
        var client = client();
        for (String path : new String[]{"/actuator", "/actuator/env", "/actuator/beans", "/actuator/configprops",
                "/actuator/mappings", "/actuator/heapdump", "/actuator/loggers", "/actuator/info"}) {
            var response = send(client, path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("spring.datasource").doesNotContain("\"_links\"");
        }
    }

    @Test
    void no_other_actuator_path_is_reachable_for_a_signed_in_admin_either() throws Exception {
        SignedInUser admin = fixtures.staff("Chea Sophal", Role.ADMIN);
        var client = client();
        assertThat(signIn(client, admin.username(), "password-" + admin.username())).doesNotContain("error");
        assertThat(send(client, "/admin/exports").statusCode()).as("signed in").isEqualTo(200);
        for (String path : new String[]{"/actuator/env", "/actuator/beans"}) {
            var response = send(client, path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("spring.datasource");
        }
    }

    /** @return where the sign-in sent the browser */
    private String signIn(HttpClient client, String username, String password) throws Exception {
        var page = send(client, "/login").body();
        var csrf = CSRF.matcher(page);
        assertThat(csrf.find()).as("CSRF token in the sign-in page").isTrue();
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        var response = client.send(HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private HttpResponse<String> send(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
