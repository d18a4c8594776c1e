package org.kasang.e2e;

import org.junit.jupiter.api.Test;
import org.kasang.indicators.Criterion;
import org.kasang.indicators.Denominator;
import org.kasang.indicators.EvidenceKind;
import org.kasang.indicators.IndicatorForm;
import org.kasang.indicators.IndicatorReports;
import org.kasang.indicators.Indicators;
import org.kasang.indicators.PeriodForm;
import org.kasang.indicators.ReportingPeriods;
import org.kasang.indicators.ResultKind;
import org.kasang.indicators.Rule;
import org.kasang.indicators.Unit;
import org.kasang.indicators.Window;
import org.kasang.indicators.internal.EvidenceRows;
import org.kasang.security.Role;
import org.kasang.security.SignedInUser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Programme staff open the indicator report in a real browser: the sentence, the charts drawn on the server, the list behind a figure. */
class ReportJourneyTest extends BrowserTest {

    @Autowired
    ReportingPeriods periods;
    @Autowired
    Indicators indicators;
    @Autowired
    IndicatorReports reports;
    @Autowired
    EvidenceRows evidence;

    @Test
    void admin_reads_the_sentence_sees_the_charts_and_opens_the_cbos_behind_the_figure() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String course = "browser-course-" + suffix;
        long cbo = fixtures.cbo("Browser report CBO");
        long member = fixtures.learner(cbo, "Browser Sophea").personId();
        SignedInUser admin = fixtures.staff("Browser report admin", Role.ADMIN);
        LocalDate start = LocalDate.now().minusMonths(3);
        signInAs(admin);
        String code = "BR" + suffix.toUpperCase().replaceAll("[^A-Z0-9]", "");
        long period = periods.create(new PeriodForm("B" + suffix, "Browser period " + suffix, "រយៈពេល " + suffix,
                start, LocalDate.now().plusDays(1)));
        evidence.append(cbo, EvidenceKind.COURSE_COMPLETED, start.plusDays(5), member, "learning_record", "browser-" + suffix,
                Map.of("courseId", course, "mode", "SELF"), Instant.now(), null, null, null);
        String predicate = "of target CBOs trained in " + suffix;
        indicators.create(new IndicatorForm(code, "Trained " + suffix, "បានបណ្តុះបណ្តាល", null, null, "Output 9",
                ResultKind.OUTPUT, Unit.CBOS, Rule.allOf(new Criterion.CourseCompletions(course, 1, 0)),
                Denominator.TARGET_CBOS, Window.PERIOD, 100, null, null, predicate, "នៃអង្គការសហគមន៍គោលដៅ",
                Map.of(period, new BigDecimal("5"))));
        reports.compute(period);
        SecurityContextHolder.clearContext();

        browser.open("/admin/report");
        browser.waitForPath("/login");
        browser.signIn(admin.username(), "password-" + admin.username());
        browser.expectHeading("Indicator report");
        WebElement picker = browser.waitFor(() -> "the period picker")
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-combo-box input")));
        browser.click(picker);
        picker.sendKeys("Browser period " + suffix);
        WebElement item = browser.waitFor(() -> "the period in the picker's list")
                .until(ExpectedConditions.elementToBeClickable(By.xpath(
                        "//vaadin-combo-box-item[normalize-space()='Browser period " + suffix + "']")));
        browser.click(item);

        WebElement sentence = browser.waitFor(() -> "the indicator's sentence")
                .until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                        "//p[contains(@class,'report-sentence')][contains(., '" + predicate + "')]")));
        assertThat(sentence.getText()).matches("[0-9.]+% \\(1 of [0-9]+\\) " + predicate);

        // The charts are PNGs drawn on the server; the browser loads them when they come into view.
        browser.js("document.querySelectorAll('img.kasang-chart').forEach(i => i.loading = 'eager')");
        browser.waitFor(() -> "the trend chart to load")
                .until(d -> (Boolean) browser.js("const i = [...document.querySelectorAll('img.kasang-chart')]"
                        + ".find(i => i.alt.startsWith('Trend of Trained " + suffix + "'));"
                        + " return !!i && i.complete && i.naturalWidth > 0;"));
        browser.screenshot("report-journey");

        browser.click(By.xpath("//vaadin-grid-cell-content[normalize-space()='" + code + "']"
                + "/ancestor::vaadin-grid//vaadin-button[contains(., '(1 of')]"));
        browser.waitFor(() -> "the CBO behind the figure; cells: " + browser.gridCells())
                .until(d -> browser.gridCells().stream().anyMatch(cell -> cell.startsWith("Browser report CBO")));
        assertThat(browser.gridCells()).anySatisfy(cell -> assertThat(cell).startsWith("Course completed on"));
    }
}
