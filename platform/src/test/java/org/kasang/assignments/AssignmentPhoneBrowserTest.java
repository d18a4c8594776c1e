package org.kasang.assignments;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kasang.IntegrationTest;
import org.kasang.SamplePdf;
import org.kasang.security.SignedInUser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.kasang.assignments.Work.PLAN;

/**
 * The assignment page on a 360 px phone in headless Chromium: a returned plan with its review, a file with a
 * long name and every field shows without sideways scrolling. Needs chromium and chromium-driver, like
 * BrowserJourneyTest: skipped without them, except on CI where it fails.
 */
class AssignmentPhoneBrowserTest extends IntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "browser-journeys");

    @LocalServerPort
    int port;
    @Autowired
    AssignmentService assignments;
    @Autowired
    ReviewService reviews;

    private WebDriver driver;
    private Path profile;

    @BeforeAll
    static void chromiumIsInstalled() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if ("true".equals(System.getenv("CI")) && !installed) {
            fail("Browser tests need chromium and chromium-driver");
        }
        assumeTrue(installed, "Browser tests need chromium and chromium-driver");
    }

    @BeforeEach
    void openBrowser() throws IOException {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("kasang-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--disable-component-update", "--no-first-run", "--window-size=360,800",
                "--lang=en-US", "--user-data-dir=" + profile);
        options.setExperimentalOption("mobileEmulation",
                Map.of("deviceMetrics", Map.of("width", 360, "height", 800, "pixelRatio", 1.0)));
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }

    @Test
    void a_returned_plan_fits_a_phone_screen() {
        long cbo = fixtures.cbo("Phone CBO");
        SignedInUser learner = fixtures.learner(cbo, "Phal Sreynich");
        SignedInUser coach = fixtures.coachOf(cbo);
        signInAs(learner);
        assignments.attach(PLAN, "Problem_tree_and_stakeholder_map_from_the_village_meeting_March.pdf",
                SamplePdf.of("Problem tree"));
        long id = assignments.submit(PLAN, Work.plan()).id();
        signInAs(coach);
        reviews.review(id, Work.planScores("developing"),
                "Write roles, not names: https://example.org/a-very-long-link-without-any-spaces-to-break-it-anywhere",
                Decision.RETURNED);

        driver.get("http://localhost:" + port + "/login");
        WebElement username = new WebDriverWait(driver, Duration.ofSeconds(60)).until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name=username]")));
        username.sendKeys(learner.username());
        driver.findElement(By.cssSelector("vaadin-login-form input[name=password]")).sendKeys("password-" + learner.username());
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !URI.create(d.getCurrentUrl()).getPath().equals("/login"));

        driver.get("http://localhost:" + port + "/learn/advocacy-planning/assignment/advocacy-action-plan");
        new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.cssSelector(".kasang-review")).isEmpty()
                        && !d.findElements(By.cssSelector(".kasang-file a")).isEmpty());
        screenshot("assignment-phone-top");

        Object widest = js("""
                const page = document.querySelector('.kasang-assignment');
                let widest = {right: 0, what: ''};
                for (const e of [page, ...page.querySelectorAll('*')]) {
                    const r = e.getBoundingClientRect();
                    if (r.width > 0 && r.right > widest.right) {
                        widest = {right: Math.round(r.right), what: e.tagName + '.' + e.className};
                    }
                }
                return widest.right + ' (' + widest.what + ') of ' + innerWidth
                    + '; page scrolls by ' + (page.scrollWidth - page.clientWidth)
                    + '; document by ' + (document.documentElement.scrollWidth - innerWidth);
                """);
        assertThat(widest.toString()).as("the widest element on a 360 px screen")
                .matches("(\\d+) \\(.*\\) of 360; page scrolls by 0; document by 0")
                .satisfies(text -> assertThat(Integer.parseInt(text.substring(0, text.indexOf(' ')))).isLessThanOrEqualTo(360));

        js("document.querySelector('.kasang-answers').scrollIntoView()");
        screenshot("assignment-phone-fields");
        js("document.querySelector('.kasang-files').scrollIntoView()");
        screenshot("assignment-phone-files");
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private void screenshot(String name) {
        try {
            Files.createDirectories(SHOTS);
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            System.err.println("No screenshot " + name + ": " + e);
        }
    }
}
