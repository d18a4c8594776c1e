package org.kasang.e2e;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.CourseOutline;
import org.kasang.catalogue.ItemType;
import org.kasang.learning.LearningService;
import org.kasang.organisations.OrganisationService;
import org.kasang.security.Role;
import org.kasang.security.SignedInUser;
import org.kasang.security.SystemUser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasang.Fixtures.COURSE;
import static org.kasang.e2e.Browser.button;

/**
 * End to end in a real browser: headless Chromium at a phone's width, against the real server, signing in
 * through the login form as each kind of user and checking what they see.
 */
class BrowserJourneyTest extends BrowserTest {

    @Autowired
    LearningService learning;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    OrganisationService organisations;

    private String testName;

    @BeforeEach
    void name(TestInfo test) {
        testName = test.getTestMethod().orElseThrow().getName();
    }

    @Test
    void learner_signs_in_takes_a_lesson_and_resumes() {
        long cbo = fixtures.cbo("Browser journey CBO");
        SignedInUser learner = fixtures.learner(cbo, "Sok Srey Mom");
        List<CourseOutline.Item> items = outline().items();
        // The course opens with a pre-test; the lessons follow.
        assertThat(items.get(0).type()).isEqualTo(ItemType.PRE_TEST);
        List<CourseOutline.Item> lessons = items.stream().filter(i -> i.type() == ItemType.LESSON).toList();
        String courseTitle = "Budget literacy: the commune budget cycle";
        String preTest = items.get(0).title().in(Locale.ENGLISH);
        String firstLesson = lessons.get(0).title().in(Locale.ENGLISH);
        String secondLesson = lessons.get(1).title().in(Locale.ENGLISH);

        browser.open("/");
        browser.waitForPath("/login");
        signIn(learner);
        browser.expectHeading("My learning");
        assertThat(browser.path()).isEqualTo("/learn");

        browser.click(button("Find a course"));
        browser.expectHeading("Courses");
        browser.click(By.xpath("//div[contains(concat(' ', @class, ' '), ' kasang-card ')][.//span[contains(@class,'kasang-card-title')]"
                + "[normalize-space()='" + courseTitle + "']]//vaadin-button[normalize-space()='Enrol']"));
        browser.expectHeading(courseTitle);
        assertThat(browser.path()).isEqualTo("/learn/" + COURSE);

        browser.click(button("Start"));
        browser.expectHeading(preTest);
        browser.open("/learn/" + COURSE + "/lesson/" + lessons.get(0).id().substring(COURSE.length() + 1));
        browser.expectHeading(firstLesson);

        browser.click(button("Mark as done and continue"));
        browser.expectHeading(secondLesson);

        browser.open("/learn/" + COURSE);
        browser.expectHeading(courseTitle);
        browser.waitFor(() -> "progress label on " + browser.driver().getCurrentUrl())
                .until(ExpectedConditions.textToBe(By.cssSelector(".kasang-progress-label"),
                        "1 of " + items.size() + " done"));
        WebElement resume = browser.waitFor(() -> "the resume button on " + browser.driver().getCurrentUrl())
                .until(ExpectedConditions.visibilityOfElementLocated(button("Continue where I stopped")));
        browser.screenshot(testName);
        browser.click(resume);
        browser.expectHeading(secondLesson);
    }

    @Test
    void coach_sees_the_learners_progress() {
        long cbo = fixtures.cbo("Browser coaching CBO");
        String cboName = cboName(cbo);
        SignedInUser learner = fixtures.learner(cbo, "Chea Sophal");
        signInAs(learner);
        learning.enrol(COURSE);
        learning.completeLesson(COURSE, outline().items().stream().filter(i -> i.type() == ItemType.LESSON)
                .findFirst().orElseThrow().id());
        SecurityContextHolder.clearContext();
        SignedInUser coach = fixtures.coachOf(cbo);

        browser.open("/");
        browser.waitForPath("/login");
        signIn(coach);
        browser.expectHeading("My CBOs");
        assertThat(browser.path()).isEqualTo("/coach");
        browser.expectGridCell(cboName + " · Kracheh · 1 member");
        browser.expectGridCell("1 enrolled · 1 in progress · 0 completed");
        browser.screenshot(testName);

        browser.click(By.xpath("//vaadin-grid-cell-content[starts-with(normalize-space(), '" + cboName + "')]"));
        browser.expectHeading(cboName);
        assertThat(browser.path()).isEqualTo("/coach/cbo/" + cbo);
        browser.expectGridCell("Chea Sophal");
        browser.waitFor(() -> "the learner's course state in the grid; cells: " + browser.gridCells())
                .until(d -> browser.gridCells().stream().anyMatch(cell -> cell.startsWith("In progress · 1 done · last active")));
    }

    @Test
    void each_role_lands_on_its_own_home() {
        SignedInUser admin = fixtures.staff("Admin Dara", Role.ADMIN);
        SignedInUser trainer = fixtures.staff("Trainer Vanna", Role.TRAINER);

        browser.open("/");
        browser.waitForPath("/login");
        signIn(admin);
        browser.expectHeading("CBO registry");
        assertThat(browser.path()).isEqualTo("/admin/cbos");
        browser.screenshot(testName);

        browser.driver().manage().deleteAllCookies();
        browser.open("/");
        browser.waitForPath("/login");
        signIn(trainer);
        browser.expectHeading("Courses");
        assertThat(browser.path()).isEqualTo("/trainer/courses");
    }

    @Test
    void a_learner_can_sign_out_on_a_phone() {
        long cbo = fixtures.cbo("Browser sign-out CBO");
        SignedInUser learner = fixtures.learner(cbo, "Sok Srey Mom");

        browser.open("/");
        browser.waitForPath("/login");
        signIn(learner);
        browser.expectHeading("My learning");
        WebElement signOut = browser.waitFor(() -> "a Sign out button on " + browser.driver().getCurrentUrl())
                .until(ExpectedConditions.presenceOfElementLocated(button("Sign out")));
        browser.screenshot(testName);
        browser.expectOnScreen(signOut, "the Sign out button");
        browser.click(signOut);
        browser.waitForPath("/login");

        browser.open("/learn");
        browser.waitForPath("/login");
    }

    private void signIn(SignedInUser user) {
        browser.signIn(user.username(), "password-" + user.username());
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
