package org.kasang.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kasang.TestPostgres;
import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.CourseOutline;
import org.kasang.catalogue.ItemType;
import org.kasang.security.SystemUser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasang.e2e.Browser.button;

/**
 * Signing in through a real Keycloak (the repository's realm, {@link SharedKeycloak}) with the demo users of
 * the realm's README, against the platform in the "keycloak" profile with its demo data in a database of its
 * own, so that each Keycloak user finds the platform profile of the same username.
 */
@ExtendWith(SharedChromium.class)
@ActiveProfiles("keycloak")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "kasang.demo-data=true", "vaadin.launch-browser=false", "vaadin.devmode.devTools.enabled=false"})
class KeycloakJourneyTest {

    private static final String COURSE = "budget-literacy";
    /** Chosen before the platform starts, so Keycloak can be told to send browsers back to it. */
    private static final int PORT = SharedKeycloak.freePort();

    @DynamicPropertySource
    static void keycloakAndDatabase(DynamicPropertyRegistry registry) {
        SharedKeycloak keycloak = SharedKeycloak.get();
        keycloak.allowPlatformAt(platformUrl());
        String database = TestPostgres.freshDatabase("kasang_keycloak_journeys");
        registry.add("server.port", () -> PORT);
        registry.add("spring.security.oauth2.client.provider.keycloak.issuer-uri", keycloak::issuer);
        registry.add("spring.security.oauth2.client.registration.keycloak.client-id", () -> "platform");
        registry.add("spring.security.oauth2.client.registration.keycloak.client-secret", () -> "kasang-dev-secret");
        registry.add("spring.datasource.url", () -> database);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    private static String platformUrl() {
        return "http://localhost:" + PORT;
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CatalogueService catalogue;

    private Browser browser;

    @BeforeEach
    void openBrowser(Chromium chromium) {
        browser = new Browser(chromium.driver(), platformUrl());
        browser.reset();
        // Keycloak's cookies live under /realms/kasang/ on the same host: forget every cookie, Keycloak's too.
        ((ChromeDriver) chromium.driver()).executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /** The journeys after these find no session of theirs: cookies are per host, not per port. */
    @AfterEach
    void forgetCookies(Chromium chromium) {
        ((ChromeDriver) chromium.driver()).executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    @ParameterizedTest(name = "{0} signs in at Keycloak and lands on {2}")
    @CsvSource({
            "sokha, kasang-learner-demo, My learning, Chan Sokha",
            "dara,  kasang-coach-demo,   My CBOs,     Keo Dara",
            "bopha, kasang-trainer-demo, Courses,     Lim Bopha",
            "vanna, kasang-admin-demo,   CBO registry, Sok Vanna"})
    void each_role_signs_in_at_keycloak_and_lands_on_its_home(String username, String password, String home,
                                                               String name) {
        browser.open("/");
        signInAtKeycloak(username, password);
        browser.expectHeading(home);
        // The top bar names the platform profile (on a phone the name is there but hidden to save room).
        assertThat(browser.driver().findElement(By.cssSelector(".kasang-user")).getDomProperty("textContent"))
                .isEqualTo(name);
        // The Keycloak user is linked to the demo profile of the same username, not a new one.
        assertThat(jdbc.sql("select keycloak_subject from account where username = ?").param(username)
                .query(String.class).list()).singleElement().isNotNull();
    }

    @Test
    void a_learner_takes_a_lesson() {
        AtomicReference<CourseOutline> outline = new AtomicReference<>();
        SystemUser.run(() -> outline.set(catalogue.outline(COURSE)));
        List<CourseOutline.Item> items = outline.get().items();
        CourseOutline.Item lesson = items.stream().filter(item -> item.type() == ItemType.LESSON).findFirst().orElseThrow();
        CourseOutline.Item next = items.get(items.indexOf(lesson) + 1);

        browser.open("/learn/" + COURSE + "/lesson/" + lesson.id().substring(COURSE.length() + 1));
        signInAtKeycloak("sokha", "kasang-learner-demo");
        browser.expectHeading(lesson.title().in(Locale.ENGLISH));
        browser.click(button("Mark as done and continue"));
        browser.expectHeading(next.title().in(Locale.ENGLISH));

        assertThat(jdbc.sql("""
                select i.status from item_state i join account a on a.person_id = i.person_id
                where a.username = 'sokha' and i.item_id = ?""").param(lesson.id()).query(String.class).list())
                .containsExactly("COMPLETED");
    }

    @Test
    void signing_out_ends_the_keycloak_session_too_and_back_does_not_get_back_in() {
        browser.open("/");
        signInAtKeycloak("sokha", "kasang-learner-demo");
        browser.expectHeading("My learning");

        browser.click(button("Sign out"));
        expectKeycloakLoginPage();
        browser.driver().navigate().back();
        // Back shows no page of the platform: Keycloak asks for the password again.
        expectKeycloakLoginPage();
        browser.open("/learn");
        expectKeycloakLoginPage();
        assertThat(browser.headings()).doesNotContain("My learning");
    }

    @Test
    void a_learner_who_opens_a_coach_page_is_told_it_is_not_for_her() {
        browser.open("/coach");
        signInAtKeycloak("sokha", "kasang-learner-demo");
        browser.expectHeading("Not available to you");
        assertThat(browser.headings()).doesNotContain("My CBOs");
    }

    @Test
    void the_keycloak_login_page_speaks_khmer() {
        browser.open("/");
        expectKeycloakLoginPage();
        // OpenID Connect's ui_locales, as a client asks for the user's language (kc_locale on the first
        // authorization request is not honoured by Keycloak 26; its language menu uses it on later pages).
        browser.driver().get(browser.driver().getCurrentUrl() + "&ui_locales=km");
        browser.waitFor(() -> "the login page in Khmer at " + browser.driver().getCurrentUrl())
                .until(d -> "km".equals(browser.js("return document.documentElement.lang")));
        assertThat(browser.driver().findElement(By.tagName("body")).getText())
                .contains("ចូលគណនីរបស់អ្នក", "ឈ្មោះអ្នកប្រើ ឬអ៊ីមែល", "ពាក្យសម្ងាត់");
        assertThat(browser.driver().findElement(By.id("kc-login")).getText()).isEqualTo("ចូល");
        browser.screenshot("keycloak-login-km");

        signInAtKeycloak("sokha", "kasang-learner-demo");
        browser.waitForPath("/learn");
    }

    /** Keycloak's own login page (theme keycloak.v2): its form, on Keycloak's port, not the platform's. */
    private WebElement expectKeycloakLoginPage() {
        WebElement username = browser.waitFor(() -> "Keycloak's login page; on " + browser.driver().getCurrentUrl())
                .until(ExpectedConditions.elementToBeClickable(By.id("username")));
        assertThat(browser.driver().getCurrentUrl()).startsWith(SharedKeycloak.get().issuer() + "/");
        return username;
    }

    private void signInAtKeycloak(String username, String password) {
        WebElement name = expectKeycloakLoginPage();
        name.clear();
        name.sendKeys(username);
        WebElement secret = browser.driver().findElement(By.id("password"));
        secret.clear();
        secret.sendKeys(password);
        browser.driver().findElement(By.id("kc-login")).click();
        browser.waitFor(() -> "back at the platform as " + username + "; on " + browser.driver().getCurrentUrl())
                .until(d -> d.getCurrentUrl().startsWith(platformUrl() + "/"));
    }
}
