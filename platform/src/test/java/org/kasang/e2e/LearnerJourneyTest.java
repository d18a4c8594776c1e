package org.kasang.e2e;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.kasang.QuizKey;
import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.CourseOutline;
import org.kasang.catalogue.ItemType;
import org.kasang.catalogue.QuizPaper;
import org.kasang.learning.CourseStatus;
import org.kasang.learning.LearningService;
import org.kasang.security.SignedInUser;
import org.kasang.security.SystemUser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasang.Fixtures.COURSE;
import static org.kasang.e2e.Browser.button;

/**
 * A learner finishes a course on a phone: signs in, reads the last two lessons, passes the final quiz and
 * downloads a certificate that is a real PDF.
 */
class LearnerJourneyTest extends BrowserTest {

    @Autowired
    LearningService learning;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    QuizKey quizKey;

    @Test
    void learner_reads_two_lessons_passes_the_final_quiz_and_downloads_the_certificate() throws Exception {
        long cbo = fixtures.cbo("Certificate journey CBO");
        SignedInUser learner = fixtures.learner(cbo, "Keo Sreypov");
        CourseOutline outline = outline();
        List<CourseOutline.Item> items = outline.items();
        int last = lastQuiz(items);
        CourseOutline.Item firstLesson = items.get(last - 2);
        CourseOutline.Item secondLesson = items.get(last - 1);
        CourseOutline.Item finalQuiz = items.get(last);
        assertThat(List.of(firstLesson.type(), secondLesson.type())).containsOnly(ItemType.LESSON);
        doEverythingBut(learner, items, Set.of(firstLesson, secondLesson, finalQuiz), firstLesson);
        String courseTitle = outline.title().in(Locale.ENGLISH);

        browser.open("/");
        browser.waitForPath("/login");
        browser.signIn(learner.username(), "password-" + learner.username());
        browser.expectHeading("My learning");
        browser.click(By.xpath("//div[contains(@class,'kasang-card')]//a[normalize-space()='" + courseTitle + "']"));
        browser.expectHeading(courseTitle);

        browser.click(button("Continue where I stopped"));
        browser.expectHeading(firstLesson.title().in(Locale.ENGLISH));
        browser.click(button("Mark as done and continue"));
        browser.expectHeading(secondLesson.title().in(Locale.ENGLISH));
        browser.click(button("Mark as done and continue"));
        browser.expectHeading(finalQuiz.title().in(Locale.ENGLISH));

        answerRightly(quiz(finalQuiz.id()));
        browser.click(button("Check my answers"));
        // The result appears above the questions: the learner scrolls up to it.
        WebElement result = browser.waitFor(() -> "the quiz result on " + browser.driver().getCurrentUrl())
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".kasang-quiz-result h2")));
        browser.js("arguments[0].scrollIntoView({block: 'center'})", result);
        assertThat(result.getText()).contains("passed").doesNotContain("not passed");
        browser.screenshot("learner-journey-quiz-passed");

        browser.click(button("Back to the course"));
        browser.expectHeading(courseTitle);
        // The course page offers the certificate once the course is complete.
        WebElement certificate = browser.waitFor(() -> "the certificate link (#certificate-download) on "
                        + browser.driver().getCurrentUrl())
                .until(ExpectedConditions.presenceOfElementLocated(By.id("certificate-download")));
        browser.screenshot("learner-journey-certificate");
        byte[] pdf = download(certificate.getDomProperty("href"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(1);
        }
    }

    /** Through the services: every lesson done and every quiz passed but those left, which finish the course. */
    private void doEverythingBut(SignedInUser learner, List<CourseOutline.Item> items, Set<CourseOutline.Item> left,
                                 CourseOutline.Item resumeAt) {
        signInAs(learner);
        learning.enrol(COURSE);
        for (CourseOutline.Item item : items) {
            if (left.contains(item)) {
                continue;
            }
            switch (item.type()) {
                case LESSON -> learning.completeLesson(COURSE, item.id());
                case QUIZ, PRE_TEST -> learning.submitQuiz(COURSE, item.id(), "setup", quizKey.rightAnswers(item.id()));
                case ASSIGNMENT -> {
                    // not part of the completion rule
                }
            }
        }
        learning.open(COURSE, resumeAt.id());
        assertThat(learning.progress(COURSE).status()).isNotEqualTo(CourseStatus.COMPLETED);
        SecurityContextHolder.clearContext();
    }

    /** Taps each right option, found by its text as the learner reads it. */
    private void answerRightly(QuizPaper quiz) {
        Map<String, Set<String>> right = quizKey.rightAnswers(quiz.id());
        List<WebElement> blocks = browser.waitFor(() -> "the questions of " + quiz.id())
                .until(d -> {
                    List<WebElement> found = d.findElements(By.cssSelector(".kasang-question"));
                    return found.size() == quiz.questions().size() ? found : null;
                });
        for (int i = 0; i < quiz.questions().size(); i++) {
            QuizPaper.Question question = quiz.questions().get(i);
            for (QuizPaper.Option option : question.options()) {
                if (!right.get(question.id()).contains(option.id())) {
                    continue;
                }
                String text = option.text().in(Locale.ENGLISH);
                WebElement choice = (WebElement) browser.js("""
                        return [...arguments[0].querySelectorAll('vaadin-radio-button, vaadin-checkbox')]
                            .find(o => o.textContent.trim() === arguments[1]) || null;
                        """, blocks.get(i), text);
                assertThat(choice).as("option '%s' of question %d", text, i + 1).isNotNull();
                browser.click(choice.findElement(By.cssSelector("label")));
                browser.waitFor(() -> "option '" + text + "' chosen")
                        .until(d -> "true".equals(choice.getDomProperty("checked")));
            }
        }
    }

    /** Fetches the link as the browser would, with its session. */
    private byte[] download(String href) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                        .header("Cookie", "JSESSIONID=" + browser.sessionCookie().getValue()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as("GET " + href).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).as("Content-Type of " + href)
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        return response.body();
    }

    private static int lastQuiz(List<CourseOutline.Item> items) {
        for (int i = items.size() - 1; i >= 0; i--) {
            if (items.get(i).type() == ItemType.QUIZ) {
                return i;
            }
        }
        throw new AssertionError("the course has no quiz");
    }

    private CourseOutline outline() {
        AtomicReference<CourseOutline> outline = new AtomicReference<>();
        SystemUser.run(() -> outline.set(catalogue.outline(COURSE)));
        return outline.get();
    }

    private QuizPaper quiz(String id) {
        AtomicReference<QuizPaper> quiz = new AtomicReference<>();
        SystemUser.run(() -> quiz.set(catalogue.quiz(id)));
        return quiz.get();
    }
}
