package org.kasang.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.CourseOutline;
import org.kasang.catalogue.ItemType;
import org.kasang.security.SystemUser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasang.e2e.Browser.button;

/**
 * Signing in through a real Keycloak (the repository's realm, {@link SharedKeycloak}) with the demo users of
 * the realm's README, against the platform in the "keycloak" profile with its demo data in a database of its
 * own, so that each Keycloak user finds the platform profile of the same username.
 */
@ExtendWith(SharedChromium.class)
class KeycloakJourneyTest extends KeycloakPlatform {

    private static final String COURSE = "budget-literacy";

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
    void a_coach_provisions_a_member_who_signs_in_with_the_one_time_password_and_must_choose_her_own() {
        long cbo = jdbc.sql("""
                select ca.cbo_id from coach_assignment ca join account a on a.person_id = ca.coach_person_id
                where a.username = 'dara' and ca.end_date is null order by ca.cbo_id limit 1""").query(Long.class).single();
        String username = "srey.leak." + UUID.randomUUID().toString().substring(0, 6);

        browser.open("/coach/cbo/" + cbo + "/members");
        signInAtKeycloak("dara", "kasang-coach-demo");
        browser.click(button("Add a member"));
        type("#member-name input", "Mom Sreyleak");
        type("#member-username input", username);
        // With Keycloak there is no password to type: Keycloak's one-time password is shown once after saving.
        assertThat(browser.driver().findElements(By.cssSelector("vaadin-password-field"))).isEmpty();
        browser.click(button("Save"));
        WebElement shown = browser.waitFor(() -> "the one-time password")
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("otp-password")));
        String oneTimePassword = shown.getText().strip();
        assertThat(browser.driver().findElement(By.id("otp-username")).getText()).isEqualTo(username);
        browser.screenshot("keycloak-one-time-password");
        browser.click(button("I have noted it"));
        browser.expectGridCell("Mom Sreyleak");
        browser.click(button("Sign out"));

        // On a shared phone: the new member signs in with what the coach wrote down.
        signInAtKeycloakOnly(username, oneTimePassword);
        WebElement newPassword = browser.waitFor(() -> "Keycloak asking for a new password; on " + browser.driver().getCurrentUrl())
                .until(ExpectedConditions.elementToBeClickable(By.id("password-new")));
        browser.screenshot("keycloak-update-password");
        // The realm's password policy: at least 10 characters.
        newPassword.sendKeys("short-1");
        browser.driver().findElement(By.id("password-confirm")).sendKeys("short-1");
        browser.driver().findElement(By.cssSelector("form [type=submit]")).click();
        browser.waitFor(() -> "Keycloak refusing a short password")
                .until(d -> d.findElement(By.tagName("body")).getText().contains("minimum length 10"));
        newPassword = browser.driver().findElement(By.id("password-new"));
        newPassword.clear();
        browser.driver().findElement(By.id("password-confirm")).clear();
        String own = "sreyleak-own-" + UUID.randomUUID().toString().substring(0, 4);
        newPassword.sendKeys(own);
        browser.driver().findElement(By.id("password-confirm")).sendKeys(own);
        browser.driver().findElement(By.cssSelector("form [type=submit]")).click();
        browser.waitFor(() -> "back at the platform; on " + browser.driver().getCurrentUrl())
                .until(d -> d.getCurrentUrl().startsWith(platformUrl() + "/"));
        browser.expectHeading("My learning");
        assertThat(browser.driver().findElement(By.cssSelector(".kasang-user")).getDomProperty("textContent"))
                .isEqualTo("Mom Sreyleak");
        // Her sign-in is the account the coach made, not a new person.
        assertThat(jdbc.sql("select count(*) from person where full_name = 'Mom Sreyleak'").query(Long.class).single())
                .isEqualTo(1);

        // The one-time password no longer works; her own does.
        browser.click(button("Sign out"));
        signInAtKeycloakOnly(username, oneTimePassword);
        expectKeycloakLoginPage();
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("Invalid username or password");
        signInAtKeycloak(username, own);
        browser.expectHeading("My learning");
    }

    private void type(String css, String text) {
        WebElement input = browser.waitFor(() -> css).until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        input.clear();
        input.sendKeys(text);
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
        signInAtKeycloakOnly(username, password);
        browser.waitFor(() -> "back at the platform as " + username + "; on " + browser.driver().getCurrentUrl())
                .until(d -> d.getCurrentUrl().startsWith(platformUrl() + "/"));
    }

    /** Submits Keycloak's login form, wherever that leads (the platform, a required action, an error). */
    private void signInAtKeycloakOnly(String username, String password) {
        WebElement name = expectKeycloakLoginPage();
        name.clear();
        name.sendKeys(username);
        WebElement secret = browser.driver().findElement(By.id("password"));
        secret.clear();
        secret.sendKeys(password);
        browser.driver().findElement(By.id("kc-login")).click();
    }
}
