package org.kasang.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** What a person does in the browser and what they see, in their words: open, sign in, tap, read a heading. */
final class Browser {

    public static final Path SHOTS = Path.of("target", "browser-journeys");
    /** Generous: the first page load in Vaadin development mode can be slow. */
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final WebDriver driver;
    private final String baseUrl;

    public Browser(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    public WebDriver driver() {
        return driver;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Signs out the last journey's user and leaves the app; the HTTP cache stays, as on a real phone. */
    void reset() {
        try {
            if (driver.getCurrentUrl().startsWith(baseUrl)) {
                driver.manage().deleteAllCookies();
                js("localStorage.clear(); sessionStorage.clear();");
            }
        } catch (WebDriverException e) {
            // a page that failed half-way: the blank page below is all that matters
        }
        driver.get("about:blank");
    }

    /** An explicit wait that says what it waited for when it gives up. */
    public WebDriverWait waitFor(Supplier<String> what) {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        wait.withMessage(what);
        return wait;
    }

    // --- what a user does ------------------------------------------------------------------------------

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    /** Fills Vaadin's login form (its inputs are in the light DOM) and taps its Sign in button. */
    public void signIn(String username, String password) {
        WebElement name = waitFor(() -> "the login form on " + driver.getCurrentUrl())
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name=username]")));
        name.clear();
        name.sendKeys(username);
        WebElement secret = driver.findElement(By.cssSelector("vaadin-login-form input[name=password]"));
        secret.clear();
        secret.sendKeys(password);
        click(By.cssSelector("vaadin-login-form vaadin-button[slot=submit]"));
        waitFor(() -> "leaving the login page as " + username + "; still on " + driver.getCurrentUrl())
                .until(d -> !path().equals("/login"));
    }

    /**
     * Picks a language in the language menu (on the sign-in page or in the top bar) unless the page is in it
     * already; the page reloads in that language.
     */
    public void chooseLanguage(Locale language) {
        String label = language.getLanguage().equals("km") ? "ភាសាខ្មែរ" : "English";
        WebElement chosen = waitFor(() -> "the language menu on " + driver.getCurrentUrl()).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-select.kasang-language vaadin-select-value-button")));
        if (label.equals(String.valueOf(chosen.getDomProperty("textContent")).strip())) {
            return;
        }
        js("window.kasangBeforeLanguageChange = true");
        click(By.cssSelector("vaadin-select.kasang-language"));
        // Not the copy of the chosen item that the closed menu shows.
        click(By.xpath("//vaadin-select-item[normalize-space()='" + label + "'][not(ancestor::vaadin-select-value-button)]"));
        waitFor(() -> "the page in " + label + " on " + driver.getCurrentUrl()).until(d -> label.equals(js("""
                const chosen = document.querySelector('vaadin-select.kasang-language vaadin-select-value-button');
                return !window.kasangBeforeLanguageChange && document.readyState === 'complete'
                    && chosen && chosen.textContent.trim();
                """)));
    }

    /**
     * Scrolls the element into view first, as a user would: the app layout scrolls its content area inside
     * its shadow DOM, which WebDriver's own scrolling does not reach.
     */
    public void click(By locator) {
        click(waitFor(() -> "a clickable " + locator + " on " + driver.getCurrentUrl())
                .until(ExpectedConditions.elementToBeClickable(locator)));
    }

    public void click(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    public static By button(String text) {
        return By.xpath("//vaadin-button[normalize-space()='" + text + "'][not(@disabled)]");
    }

    public Cookie sessionCookie() {
        return driver.manage().getCookieNamed("JSESSIONID");
    }

    // --- what a user sees ------------------------------------------------------------------------------

    /** Waits for an h2 with this text that the user can see: on the page and within the screen. */
    public void expectHeading(String text) {
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

    public List<String> headings() {
        try {
            return driver.findElements(By.tagName("h2")).stream()
                    .map(h -> String.valueOf(h.getDomProperty("textContent")).strip()).toList();
        } catch (StaleElementReferenceException e) {
            return List.of();
        }
    }

    /** Fails unless the whole element lies within the screen, where a user can tap it. */
    public void expectOnScreen(WebElement element, String what) {
        Object where = js("""
                const r = arguments[0].getBoundingClientRect();
                return r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight
                    ? 'on screen'
                    : 'at x ' + Math.round(r.left) + '..' + Math.round(r.right) + ', y ' + Math.round(r.top) + '..'
                        + Math.round(r.bottom) + ', outside the ' + innerWidth + ' x ' + innerHeight + ' screen';
                """, element);
        assertThat(where).as(what + " on " + driver.getCurrentUrl()).isEqualTo("on screen");
    }

    public Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    public void waitForPath(String expected) {
        waitFor(() -> "the page " + expected + "; on " + driver.getCurrentUrl())
                .until(d -> path().equals(expected));
    }

    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Waits for a grid cell with exactly this text. Cells scrolled sideways out of view count too. */
    public void expectGridCell(String text) {
        waitFor(() -> "a grid cell '" + text + "' on " + driver.getCurrentUrl() + "; cells: " + gridCells())
                .until(d -> gridCells().contains(text));
    }

    public List<String> gridCells() {
        try {
            return driver.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                    .map(cell -> cell.getDomProperty("textContent"))
                    .map(text -> text == null ? "" : text.strip())
                    .toList();
        } catch (StaleElementReferenceException e) {
            return List.of();
        }
    }

    /** The page as the browser holds it now, shadow roots left out: for a person to read after a failure. */
    public void savePage(String name) {
        try {
            Files.createDirectories(SHOTS);
            Files.writeString(SHOTS.resolve(name + ".html"), String.valueOf(js("return document.documentElement.outerHTML")));
        } catch (IOException | WebDriverException e) {
            System.err.println("No page source " + name + ": " + e);
        }
    }

    /** For a person to look at (target/browser-journeys); never asserted. */
    public void screenshot(String name) {
        try {
            Files.createDirectories(SHOTS);
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | WebDriverException e) {
            System.err.println("No screenshot " + name + ": " + e);
        }
    }
}
