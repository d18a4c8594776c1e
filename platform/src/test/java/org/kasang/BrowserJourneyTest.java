package org.kasang;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.CourseOutline;
import org.kasang.catalogue.ItemType;
import org.kasang.learning.LearningService;
import org.kasang.organisations.OrganisationService;
import org.kasang.security.Role;
import org.kasang.security.SignedInUser;
import org.kasang.security.SystemUser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.kasang.Fixtures.COURSE;

/**
 * End to end in a real browser: Debian's headless Chromium at a phone's width, against the real server,
 * signing in through the login form as each kind of user and checking what they see.
 * Needs the packages chromium and chromium-driver; skipped without them, except on CI where it fails.
 */
class BrowserJourneyTest extends IntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "browser-journeys");
    /** Generous: the first page load in Vaadin development mode can be slow. */
    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    LearningService learning;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    OrganisationService organisations;

    private WebDriver driver;
    private Path profile;
    private String testName;

    /** On a failure, keeps a picture of the page before the browser closes. */
    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> context.getExecutionException()
            .ifPresent(e -> screenshot(context.getRequiredTestMethod().getName() + "-failed"));

    @BeforeAll
    static void chromiumIsInstalled() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String message = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + ": install them with `apt-get install chromium chromium-driver`";
        if ("true".equals(System.getenv("CI"))) {
            if (!installed) {
                fail(message);
            }
        } else {
            assumeTrue(installed, message);
        }
    }

    @BeforeEach
    void openBrowser(TestInfo test) throws IOException {
        testName = test.getTestMethod().orElseThrow().getName();
        // Both paths given: Selenium Manager has nothing to look up or download.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("kasang-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--disable-component-update", "--no-first-run", "--window-size=360,800",
                "--lang=en-US", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        // Desktop Chromium keeps windows at least 500 px wide, so --window-size alone gives no phone:
        // emulate the phone's screen (360 x 800 CSS pixels, touch) as well.
        options.setExperimentalOption("mobileEmulation",
                Map.of("deviceMetrics", Map.of("width", 360, "height", 800, "pixelRatio", 1.0)));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (profile != null) {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }

    @Test
    void learner_signs_in_takes_a_lesson_and_resumes() {
        long cbo = fixtures.cbo("Browser journey CBO");
        SignedInUser learner = fixtures.learner(cbo, "Sok Srey Mom");
        List<CourseOutline.Item> items = outline().items();
        assertThat(items.get(0).type()).isEqualTo(ItemType.LESSON);
        assertThat(items.get(1).type()).isEqualTo(ItemType.LESSON);
        String courseTitle = "Budget literacy: the commune budget cycle";
        String firstLesson = items.get(0).title().in(Locale.ENGLISH);
        String secondLesson = items.get(1).title().in(Locale.ENGLISH);

        open("/");
        waitForPath("/login");
        signIn(learner);
        expectHeading("My learning");
        assertThat(path()).isEqualTo("/learn");

        click(By.xpath("//div[contains(@class,'kasang-card')][.//a[normalize-space()='" + courseTitle + "']]"
                + "//vaadin-button[normalize-space()='Enrol']"));
        expectHeading(courseTitle);
        assertThat(path()).isEqualTo("/learn/" + COURSE);

        click(button("Start"));
        expectHeading(firstLesson);

        click(button("Mark as done and continue"));
        expectHeading(secondLesson);

        open("/learn/" + COURSE);
        expectHeading(courseTitle);
        waitFor(() -> "progress label on " + driver.getCurrentUrl())
                .until(ExpectedConditions.textToBe(By.cssSelector(".kasang-progress-label"),
                        "1 of " + items.size() + " done"));
        WebElement resume = waitFor(() -> "the resume button on " + driver.getCurrentUrl())
                .until(ExpectedConditions.visibilityOfElementLocated(button("Continue where I stopped")));
        screenshot(testName);
        click(resume);
        expectHeading(secondLesson);
    }

    @Test
    void coach_sees_the_learners_progress() {
        long cbo = fixtures.cbo("Browser coaching CBO");
        String cboName = cboName(cbo);
        SignedInUser learner = fixtures.learner(cbo, "Chea Sophal");
        signInAs(learner);
        learning.enrol(COURSE);
        learning.completeLesson(COURSE, outline().items().get(0).id());
        SecurityContextHolder.clearContext();
        SignedInUser coach = fixtures.coachOf(cbo);

        open("/");
        waitForPath("/login");
        signIn(coach);
        expectHeading("My CBOs");
        assertThat(path()).isEqualTo("/coach");
        expectGridCell(cboName + " · Kracheh · 1 member");
        expectGridCell("1 enrolled · 1 in progress · 0 completed");
        screenshot(testName);

        click(By.xpath("//vaadin-grid-cell-content[starts-with(normalize-space(), '" + cboName + "')]"));
        expectHeading(cboName);
        assertThat(path()).isEqualTo("/coach/cbo/" + cbo);
        expectGridCell("Chea Sophal");
        waitFor(() -> "the learner's course state in the grid; cells: " + gridCells())
                .until(d -> gridCells().stream().anyMatch(cell -> cell.startsWith("In progress · 1 done · last active")));
    }

    @Test
    void each_role_lands_on_its_own_home() {
        SignedInUser admin = fixtures.staff("Admin Dara", Role.ADMIN);
        SignedInUser trainer = fixtures.staff("Trainer Vanna", Role.TRAINER);

        open("/");
        waitForPath("/login");
        signIn(admin);
        expectHeading("CBO registry");
        assertThat(path()).isEqualTo("/admin/cbos");
        screenshot(testName);

        driver.manage().deleteAllCookies();
        open("/");
        waitForPath("/login");
        signIn(trainer);
        expectHeading("Courses");
        assertThat(path()).isEqualTo("/trainer/courses");
    }

    @Test
    void a_learner_can_sign_out_on_a_phone() {
        long cbo = fixtures.cbo("Browser sign-out CBO");
        SignedInUser learner = fixtures.learner(cbo, "Sok Srey Mom");

        open("/");
        waitForPath("/login");
        signIn(learner);
        expectHeading("My learning");
        WebElement signOut = waitFor(() -> "a Sign out button on " + driver.getCurrentUrl())
                .until(ExpectedConditions.presenceOfElementLocated(button("Sign out")));
        screenshot(testName);
        expectOnScreen(signOut, "the Sign out button");
        click(signOut);
        waitForPath("/login");

        open("/learn");
        waitForPath("/login");
    }

    /** An explicit wait that says what it waited for when it gives up. */
    private WebDriverWait waitFor(Supplier<String> what) {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        wait.withMessage(what);
        return wait;
    }

    // --- what a user does ------------------------------------------------------------------------------

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    /** Fills Vaadin's login form (its inputs are in the light DOM) and taps its Sign in button (Enter works too). */
    private void signIn(SignedInUser user) {
        WebElement username = waitFor(() -> "the login form on " + driver.getCurrentUrl())
                .until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name=username]")));
        username.clear();
        username.sendKeys(user.username());
        WebElement password = driver.findElement(By.cssSelector("vaadin-login-form input[name=password]"));
        password.clear();
        password.sendKeys("password-" + user.username());
        click(By.cssSelector("vaadin-login-form vaadin-button[slot=submit]"));
        waitFor(() -> "leaving the login page as " + user.username() + "; still on " + driver.getCurrentUrl())
                .until(d -> !path().equals("/login"));
    }

    /**
     * Scrolls the element into view first, as a user would: the app layout scrolls its content area inside
     * its shadow DOM, which WebDriver's own scrolling does not reach.
     */
    private void click(By locator) {
        click(waitFor(() -> "a clickable " + locator + " on " + driver.getCurrentUrl())
                .until(ExpectedConditions.elementToBeClickable(locator)));
    }

    private void click(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private static By button(String text) {
        return By.xpath("//vaadin-button[normalize-space()='" + text + "'][not(@disabled)]");
    }

    // --- what a user sees ------------------------------------------------------------------------------

    /** Waits for an h2 with this text that the user can see: on the page and within the screen. */
    private void expectHeading(String text) {
        AtomicReference<Object> seen = new AtomicReference<>();
        waitFor(() -> "heading '" + text + "' on screen at " + driver.getCurrentUrl() + "; it is " + seen.get()
                        + "; headings: " + headings())
                .until(d -> {
                    seen.set(js("""
                            const heading = [...document.querySelectorAll('h2')]
                                .find(h => h.textContent.trim() === arguments[0]);
                            if (!heading) return 'missing';
                            const r = heading.getBoundingClientRect();
                            return r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth
                                ? 'on screen'
                                : 'off screen at x ' + Math.round(r.left) + ', y ' + Math.round(r.top)
                                    + ' of a ' + innerWidth + ' x ' + innerHeight + ' screen';
                            """, text));
                    return "on screen".equals(seen.get());
                });
    }

    private List<String> headings() {
        try {
            return driver.findElements(By.tagName("h2")).stream()
                    .map(h -> String.valueOf(h.getDomProperty("textContent")).strip()).toList();
        } catch (StaleElementReferenceException e) {
            return List.of();
        }
    }

    /** Fails unless the whole element lies within the screen, where a user can tap it. */
    private void expectOnScreen(WebElement element, String what) {
        Object where = js("""
                const r = arguments[0].getBoundingClientRect();
                return r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight
                    ? 'on screen'
                    : 'at x ' + Math.round(r.left) + '..' + Math.round(r.right) + ', y ' + Math.round(r.top) + '..'
                        + Math.round(r.bottom) + ', outside the ' + innerWidth + ' x ' + innerHeight + ' screen';
                """, element);
        assertThat(where).as(what + " on " + driver.getCurrentUrl()).isEqualTo("on screen");
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    private void waitForPath(String expected) {
        waitFor(() -> "the page " + expected + "; on " + driver.getCurrentUrl())
                .until(d -> path().equals(expected));
    }

    private String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Waits for a grid cell with exactly this text. Cells scrolled sideways out of view count too. */
    private void expectGridCell(String text) {
        waitFor(() -> "a grid cell '" + text + "' on " + driver.getCurrentUrl() + "; cells: " + gridCells())
                .until(d -> gridCells().contains(text));
    }

    private List<String> gridCells() {
        try {
            return driver.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                    .map(cell -> cell.getDomProperty("textContent"))
                    .map(text -> text == null ? "" : text.strip())
                    .toList();
        } catch (StaleElementReferenceException e) {
            return List.of();
        }
    }

    /** For a person to look at; never asserted. */
    private void screenshot(String name) {
        if (driver == null) {
            return;
        }
        try {
            Files.createDirectories(SHOTS);
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | WebDriverException e) {
            System.err.println("No screenshot " + name + ": " + e);
        }
    }

    // --- data ----------------------------------------------------------------------------------------

    private CourseOutline outline() {
        AtomicReference<CourseOutline> outline = new AtomicReference<>();
        SystemUser.run(() -> outline.set(catalogue.outline(COURSE)));
        return outline.get();
    }

    private String cboName(long cboId) {
        AtomicReference<String> name = new AtomicReference<>();
        SystemUser.run(() -> name.set(organisations.cbo(cboId).getName()));
        return name.get();
    }
}
