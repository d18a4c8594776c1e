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

/** Local sign-in over real HTTP: the form Vaadin's LoginForm posts, checked by Spring Security. */
class LocalSignInTest extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void the_sign_in_page_is_served_to_everyone_and_pages_ask_for_it() throws Exception {
        var client = client();
        var login = client.send(get("/login"), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        var home = client.send(get("/learn"), HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void a_right_password_signs_in() throws Exception {
        SignedInUser learner = fixtures.learner(fixtures.cbo("Sign-in CBO"), "Long Sokha");
        assertThat(signIn(client(), learner.username(), "password-" + learner.username())).doesNotContain("error");
    }

    @Test
    void repeated_wrong_passwords_lock_the_account_even_for_the_right_password() throws Exception {
        SignedInUser learner = fixtures.learner(fixtures.cbo("Lock-out CBO"), "Sim Dalin");
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(client(), learner.username(), "wrong-" + i)).endsWith("/login?error");
        }
        assertThat(signIn(client(), learner.username(), "password-" + learner.username())).endsWith("/login?error");
    }

    /** @return where the sign-in sent the browser */
    private String signIn(HttpClient client, String username, String password) throws Exception {
        var page = client.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
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

    private HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
