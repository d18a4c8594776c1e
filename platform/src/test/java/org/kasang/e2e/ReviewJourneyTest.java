package org.kasang.e2e;

import org.junit.jupiter.api.Test;
import org.kasang.assignments.AssignmentService;
import org.kasang.assignments.Work;
import org.kasang.security.SignedInUser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasang.e2e.Browser.button;

/**
 * On a phone, a coach opens the review queue, scores a member's action plan against the rubric and approves
 * it; the member then signs in and reads the decision and the coach's feedback.
 */
class ReviewJourneyTest extends BrowserTest {

    private static final List<String> CRITERIA = List.of(
            "problem-analysis", "smart-objective", "targeting", "risk-and-safety", "feasibility");
    private static final String PLAN_TITLE = "Your CBO's advocacy action plan";
    private static final String FEEDBACK = "A safe, realistic plan. Share it with the commune clerk in March.";

    @Autowired
    AssignmentService assignments;

    @Test
    void coach_approves_a_plan_and_the_learner_reads_the_feedback() {
        long cbo = fixtures.cbo("Browser review CBO");
        SignedInUser learner = fixtures.learner(cbo, "Mao Sreyneang");
        SignedInUser coach = fixtures.coachOf(cbo);
        signInAs(learner);
        assignments.submit(Work.PLAN, Work.plan());
        SecurityContextHolder.clearContext();

        browser.open("/");
        browser.waitForPath("/login");
        signIn(coach);
        browser.expectHeading("My CBOs");
        browser.click(By.cssSelector("vaadin-drawer-toggle"));
        browser.click(By.xpath("//vaadin-side-nav-item[normalize-space()='Reviews']"));
        browser.expectHeading("Work waiting for review");
        browser.expectGridCell("Mao Sreyneang");
        browser.screenshot("review-journey-queue");

        browser.click(By.xpath("//vaadin-grid-cell-content//a[normalize-space()='Mao Sreyneang']"));
        browser.expectHeading("Review: " + PLAN_TITLE);
        assertThat(browser.path()).startsWith("/coach/reviews/");
        for (String criterion : CRITERIA) {
            browser.click(By.xpath("//vaadin-radio-group[@data-criterion='" + criterion + "']"
                    + "//span[contains(@class, 'kasang-level-label')][normalize-space()='Good (3 points)']"));
        }
        browser.waitFor(() -> "the running total on " + browser.driver().getCurrentUrl())
                .until(ExpectedConditions.textToBe(By.cssSelector(".kasang-review-total"), "15 of 20 points"));
        WebElement feedback = browser.waitFor(() -> "the feedback field")
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-text-area.kasang-review-feedback textarea")));
        browser.click(feedback);
        feedback.sendKeys(FEEDBACK);
        browser.screenshot("review-journey-scored");
        browser.click(button("Approve"));
        browser.expectHeading("Work waiting for review");

        browser.click(button("Sign out"));
        browser.waitForPath("/login");
        signIn(learner);
        browser.expectHeading("My learning");
        browser.open("/learn/advocacy-planning/assignment/advocacy-action-plan");
        browser.expectHeading(PLAN_TITLE);
        browser.waitFor(() -> "the status badge on " + browser.driver().getCurrentUrl())
                .until(ExpectedConditions.textToBe(By.cssSelector(".kasang-status"), "Approved"));
        WebElement written = browser.waitFor(() -> "the coach's feedback on " + browser.driver().getCurrentUrl())
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".kasang-feedback-text")));
        assertThat(written.getText()).isEqualTo(FEEDBACK);
        browser.screenshot("review-journey-learner");
    }

    private void signIn(SignedInUser user) {
        browser.signIn(user.username(), "password-" + user.username());
    }
}
