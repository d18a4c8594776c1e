package org.kasang.e2e;

import org.kasang.SamplePdf;
import org.kasang.assignments.AssignmentService;
import org.kasang.assignments.Decision;
import org.kasang.assignments.ReviewService;
import org.kasang.assignments.Work;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.CourseOutline;
import org.kasang.catalogue.ItemType;
import org.kasang.learning.LearningService;
import org.kasang.security.SignedInUser;
import org.kasang.security.SystemUser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasang.Fixtures.COURSE;

/**
 * Every learner screen is usable on a 360 × 640 phone, in English and in Khmer: the page never scrolls
 * sideways and nothing reaches past the right edge of the screen. Pictures of each screen go to
 * target/browser-journeys/.
 */
class MobileLayoutJourneyTest extends BrowserTest {

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("km"));

    @Autowired
    LearningService learning;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    AssignmentService assignments;
    @Autowired
    ReviewService reviews;

    /** A learner screen: where it is, and what the learner does there before looking (null: nothing). */
    private record Screen(String name, String path, Consumer<Locale> then) {
    }

    /** Every learner screen, in one place: add a screen here when it is built (the course catalogue is next). */
    private List<Screen> learnerScreens() {
        CourseOutline outline = outline();
        CourseOutline.Item quiz = outline.items().stream().filter(item -> item.type() == ItemType.QUIZ)
                .reduce((first, second) -> second).orElseThrow();
        return List.of(
                new Screen("my-learning", "/learn", null),
                new Screen("catalogue", "/learn/courses", null),
                new Screen("course", "/learn/" + COURSE, null),
                new Screen("lesson-with-the-widest-table", "/" + itemPath(widestTableLesson(outline)), null),
                new Screen("lesson-with-an-image-and-its-contents-open", "/learn/" + COURSE + "/lesson/budget-calendar",
                        this::openContents),
                new Screen("pre-test", "/learn/" + COURSE + "/quiz/budget-cycle-pre", null),
                new Screen("quiz", "/" + itemPath(quiz), null),
                new Screen("returned-assignment", "/learn/advocacy-planning/assignment/advocacy-action-plan", null),
                new Screen("search", "/search", this::search));
    }

    @Test
    void every_learner_screen_fits_a_360_px_phone_in_english_and_in_khmer() {
        long cbo = fixtures.cbo("Mobile layout CBO");
        SignedInUser learner = fixtures.learner(cbo, "Sim Dalin");
        signInAs(learner);
        learning.enrol(COURSE);
        learning.completeLesson(COURSE, outline().items().stream().filter(i -> i.type() == ItemType.LESSON)
                .findFirst().orElseThrow().id());
        // A plan the coach returned with long feedback, and a file with a long name: the assignment at its widest.
        assignments.attach(Work.PLAN, "Problem_tree_and_stakeholder_map_from_the_village_meeting_March.pdf",
                SamplePdf.of("Problem tree"));
        long plan = assignments.submit(Work.PLAN, Work.plan()).id();
        signInAs(fixtures.coachOf(cbo));
        reviews.review(plan, Work.planScores("developing"),
                "Write roles, not names: https://example.org/a-very-long-link-without-any-spaces-to-break-it-anywhere",
                Decision.RETURNED);
        SecurityContextHolder.clearContext();
        List<Screen> screens = learnerScreens();

        browser.open("/login");
        browser.signIn(learner.username(), "password-" + learner.username());
        List<String> problems = new ArrayList<>();
        for (Locale language : LANGUAGES) {
            browser.chooseLanguage(language);
            for (Screen screen : screens) {
                browser.open(screen.path());
                shown();
                if (screen.then() != null) {
                    screen.then().accept(language);
                    shown();
                }
                assertThat(browser.js("return innerWidth")).as("the screen's width in CSS pixels")
                        .isEqualTo((long) Chromium.WIDTH);
                String where = screen.name() + " (" + screen.path() + ") in " + language.getDisplayLanguage(Locale.ENGLISH);
                overflow().forEach(problem -> problems.add(where + ": " + problem));
                browser.screenshot("mobile-" + screen.name() + "-" + language.getLanguage());
            }
        }
        assertThat(problems).as("what scrolls sideways or sticks out of a " + Chromium.WIDTH + " px screen").isEmpty();
    }

    /**
     * What is wider than the screen: the page itself, any element whose right edge passes the screen's, any box
     * that scrolls sideways, in the page and inside components' shadow DOM. Only the outermost of nested
     * offenders is named, by tag, class and the start of its text.
     */
    @SuppressWarnings("unchecked")
    private List<String> overflow() {
        return (List<String>) browser.js("""
                const width = innerWidth;
                const problems = [];
                const root = document.documentElement;
                if (root.scrollWidth > root.clientWidth) {
                    problems.push('the page scrolls sideways: ' + root.scrollWidth + ' px wide on a '
                        + root.clientWidth + ' px screen');
                }
                const all = [];
                const collect = scope => {
                    for (const el of scope.querySelectorAll('*')) {
                        all.push(el);
                        if (el.shadowRoot) collect(el.shadowRoot);
                    }
                };
                collect(document);
                const parentOf = el => el.assignedSlot || el.parentElement
                    || (el.parentNode && el.parentNode.host) || null;
                const seen = new Map();
                const transparent = el => {
                    if (!el) return false;
                    if (!seen.has(el)) seen.set(el, getComputedStyle(el).opacity === '0' || transparent(parentOf(el)));
                    return seen.get(el);
                };
                const why = new Map();
                for (const el of all) {
                    const r = el.getBoundingClientRect();
                    if (r.width === 0 || r.height === 0) continue;
                    const style = getComputedStyle(el);
                    // Nobody sees it (such as Vaadin's connection message while online).
                    if (style.visibility === 'hidden' || transparent(el)) continue;
                    if (r.right > width + 0.5) {
                        why.set(el, 'reaches x ' + Math.round(r.right));
                    } else if ((style.overflowX === 'auto' || style.overflowX === 'scroll')
                            && el.scrollWidth > el.clientWidth + 1) {
                        why.set(el, 'scrolls sideways: ' + el.scrollWidth + ' px of content in ' + el.clientWidth + ' px');
                    }
                }
                const describe = el => {
                    const classes = typeof el.className === 'string' && el.className.trim()
                        ? '.' + el.className.trim().split(/\\s+/).join('.') : '';
                    const part = el.getAttribute('part') ? '[part=' + el.getAttribute('part') + ']' : '';
                    const host = el.getRootNode().host;
                    const text = (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
                    return '<' + el.localName + classes + part + '>' + (host ? ' in <' + host.localName + '>' : '')
                        + (text ? ' "' + text + '"' : '');
                };
                for (const [el, reason] of why) {
                    let outer = parentOf(el);
                    while (outer && !why.has(outer)) outer = parentOf(outer);
                    if (!outer) problems.push(describe(el) + ' ' + reason);
                }
                return problems;
                """);
    }

    /** Waits until the view is there and Vaadin has nothing more to do. */
    private void shown() {
        browser.waitFor(() -> "a heading on " + browser.driver().getCurrentUrl())
                .until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h2")));
        new NetworkLog(browser.driver()).untilIdle();
    }

    private void openContents(Locale language) {
        browser.click(By.cssSelector("vaadin-details.kasang-toc vaadin-details-summary"));
        browser.waitFor(() -> "the contents of the course")
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".kasang-toc .kasang-outline-item")));
    }

    private void search(Locale language) {
        WebElement field = browser.waitFor(() -> "the search field")
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-text-field input")));
        field.sendKeys(language.getLanguage().equals("km") ? "ថវិកា" : "budget");
        browser.waitFor(() -> "search results on " + browser.driver().getCurrentUrl())
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid-cell-content a")));
    }

    /** The course's lesson whose table has the most columns: the hardest to fit on a phone. */
    private CourseOutline.Item widestTableLesson(CourseOutline outline) {
        return outline.items().stream().filter(item -> item.type() == ItemType.LESSON)
                .max(Comparator.comparingInt(item -> Jsoup.parse(lessonHtml(item.id())).select("tr").stream()
                        .mapToInt(row -> row.children().size()).max().orElse(0)))
                .orElseThrow();
    }

    private static String itemPath(CourseOutline.Item item) {
        String local = item.id().substring(COURSE.length() + 1);
        return "learn/" + COURSE + (item.type() == ItemType.LESSON ? "/lesson/" : "/quiz/") + local;
    }

    private String lessonHtml(String id) {
        AtomicReference<String> html = new AtomicReference<>();
        SystemUser.run(() -> html.set(catalogue.lesson(id, Locale.ENGLISH).html()));
        return html.get();
    }

    private CourseOutline outline() {
        AtomicReference<CourseOutline> outline = new AtomicReference<>();
        SystemUser.run(() -> outline.set(catalogue.outline(COURSE)));
        return outline.get();
    }
}
