package org.kasang.learning;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.grid.Grid;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kasang.KaribuTest;
import org.kasang.QuizKey;
import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.CourseOutline;
import org.kasang.catalogue.ItemType;
import org.kasang.catalogue.QuestionKind;
import org.kasang.catalogue.QuizPaper;
import org.kasang.coaching.ui.CboProgressView;
import org.kasang.learning.ui.CatalogueView;
import org.kasang.learning.ui.CourseView;
import org.kasang.learning.ui.LessonView;
import org.kasang.learning.ui.MyLearningView;
import org.kasang.learning.ui.QuizView;
import org.kasang.security.AccountService;
import org.kasang.security.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a learner on a phone sees beyond reading in order: catalogue, costs, data saver, help, attempts, gain. */
class LearnerExperienceUiTest extends KaribuTest {

    static final String COURSE = "budget-literacy";
    static final String PRE_TEST = COURSE + "/budget-cycle-pre";
    static final String FINAL = COURSE + "/budget-cycle-final";
    static final String CALENDAR = COURSE + "/budget-calendar";

    @Autowired
    CatalogueService catalogue;
    @Autowired
    LearningService learning;
    @Autowired
    HelpDesk helpDesk;
    @Autowired
    Enrolments enrolments;
    @Autowired
    AccountService accounts;
    @Autowired
    QuizKey quizKey;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.kasang.assignments.AssignmentService assignments;
    @Autowired
    Certificates certificates;

    long cbo;
    SignedInUser learner;

    @BeforeEach
    void learner() {
        cbo = fixtures.cbo("Experience CBO");
        learner = fixtures.learner(cbo, "Sok Chanthy");
        login(learner);
    }

    @Test
    void the_catalogue_filters_by_topic_and_language_and_shows_the_time_each_course_takes() {
        // Other tests publish copies of the bundled courses: count against what is published.
        var published = catalogue.publishedCourses();
        long budgetTopic = published.stream().filter(c -> c.topic().equals("budget-literacy")).count();
        long inKhmer = published.stream().filter(c -> c.languages().contains("km")).count();
        navigate("learn/courses");
        _get(CatalogueView.class);
        assertThat(cards()).hasSize(published.size());
        assertThat(_find(Span.class, spec -> spec.withText("Budget literacy · English, ភាសាខ្មែរ · About 100 minutes")))
                .isNotEmpty();

        @SuppressWarnings("unchecked")
        List<Select<String>> selects = (List<Select<String>>) (List<?>) _find(_get(CatalogueView.class), Select.class);
        selects.get(0).setValue("budget-literacy");
        assertThat(cards()).hasSize((int) budgetTopic);
        selects.get(0).setValue("");
        selects.get(1).setValue("km");
        assertThat(cards()).hasSize((int) inKhmer).allSatisfy(card ->
                assertThat(_get(card, Span.class, spec -> spec.withClasses("kasang-muted")).getText()).contains("ភាសាខ្មែរ"));
        selects.get(0).setValue("advocacy");
        _get(Paragraph.class, spec -> spec.withText("No course matches these choices."));
        selects.get(0).setValue("");
        selects.get(1).setValue("en");
        assertThat(cards()).hasSize(published.size());
    }

    @Test
    void a_lesson_says_what_it_costs_loads_images_lazily_and_lists_the_course_with_statuses() {
        learning.completeLesson(COURSE, firstLesson());
        navigate("learn/budget-literacy/lesson/budget-calendar");
        _get(LessonView.class);

        String cost = _get(Span.class, spec -> spec.withClasses("kasang-lesson-cost")).getText();
        assertThat(cost).matches("About 8 minutes · \\d+ KB \\(\\+ \\d+ KB of images, loaded when you reach them\\)");
        String html = _get(Html.class).getInnerHtml();
        assertThat(html).contains("<img").contains("loading=\"lazy\"")
                .contains("src=\"course-files/budget-literacy/images/budget-cycle.en.png\"");

        Details contents = _get(Details.class);
        assertThat(_find(contents, Div.class, spec -> spec.withClasses("kasang-outline-item"))).isEmpty();
        contents.setOpened(true);
        List<Div> rows = _find(contents, Div.class, spec -> spec.withClasses("kasang-outline-item"));
        assertThat(rows).hasSize(catalogue.outline(COURSE).items().size());
        assertThat(badge(rows, firstLesson())).isEqualTo("Completed");
        assertThat(badge(rows, CALENDAR)).isEqualTo("Started");
        assertThat(badge(rows, FINAL)).isEqualTo("Not started");
        assertThat(rows).filteredOn(row -> row.hasClassName("current")).hasSize(1);
    }

    @Test
    void with_data_saver_on_images_wait_for_a_tap_and_say_their_size() {
        navigate("learn");
        Checkbox saver = _get(Checkbox.class, spec -> spec.withId("data-saver"));
        assertThat(saver.getValue()).isFalse();
        saver.setValue(true);
        assertThat(accounts.dataSaver()).isTrue();

        navigate("learn/budget-literacy/lesson/budget-calendar");
        String html = _get(Html.class).getInnerHtml();
        assertThat(html).doesNotContain("<img")
                .containsPattern("<button type=\"button\" class=\"kasang-image-placeholder\" "
                        + "data-src=\"course-files/budget-literacy/images/budget-cycle.en.png\"")
                .containsPattern("Show image: The five stages of the commune budget year[^<]*\\(\\d+ KB\\)");
    }

    @Test
    void i_need_help_reaches_the_coach_who_answers_and_the_learner_reads_the_answer() {
        navigate("learn/budget-literacy/lesson/budget-calendar");
        _click(_get(Button.class, spec -> spec.withId("ask-for-help")));
        Dialog dialog = _get(Dialog.class);
        _click(_get(dialog, Button.class, spec -> spec.withText("Send to my coach")));
        assertThat(_get(dialog, TextArea.class).getErrorMessage()).isEqualTo("Please write your question (at most 1,000 characters).");
        assertThat(helpOpen()).isZero();

        _get(dialog, TextArea.class).setValue("What is an indicative amount?");
        _click(_get(dialog, Button.class, spec -> spec.withText("Send to my coach")));
        _get(Span.class, spec -> spec.withText("Waiting for your coach"));
        assertThat(learning.progress(COURSE).statusOf(CALENDAR)).isEqualTo(ItemStatus.NEEDS_HELP);
        assertThat(helpOpen()).isEqualTo(1);
        navigate("learn/budget-literacy");
        _get(Span.class, spec -> spec.withText("Needs help"));

        SignedInUser otherCoach = fixtures.coachOf(fixtures.cbo("Someone else's CBO"));
        login(otherCoach);
        assertThatThrownBy(() -> helpDesk.open(cbo, 0, 10)).isInstanceOf(AccessDeniedException.class);

        login(fixtures.coachOf(cbo));
        navigate("coach/cbo/" + cbo);
        _get(CboProgressView.class);
        _get(H3.class, spec -> spec.withText("Help requests waiting: 1"));
        var requests = _get(Div.class, spec -> spec.withClasses("kasang-help-requests"));
        _click((Button) GridKt._getCellComponent(_get(requests, Grid.class), 0, "answer"));
        Dialog answer = _get(Dialog.class);
        _get(answer, Paragraph.class, spec -> spec.withText("What is an indicative amount?"));
        _get(answer, TextArea.class).setValue("The amount the commune can expect from the fund. We will look at it on Friday.");
        _click(_get(answer, Button.class, spec -> spec.withText("Send answer")));
        _get(H3.class, spec -> spec.withText("Help requests waiting: 0"));
        assertThat(helpOpen()).isZero();

        login(learner);
        navigate("learn/budget-literacy/lesson/budget-calendar");
        _get(Span.class, spec -> spec.withText("Your coach answered"));
        _get(Paragraph.class, spec -> spec.withText("The amount the commune can expect from the fund. We will look at it on Friday."));
        assertThat(learning.progress(COURSE).statusOf(CALENDAR)).isEqualTo(ItemStatus.STARTED);
    }

    @Test
    void a_learner_asks_about_one_question_of_a_quiz() {
        navigate("learn/budget-literacy/quiz/budget-cycle-final");
        _click(_find(Button.class, spec -> spec.withText("Ask my coach about this question")).get(0));
        _get(_get(Dialog.class), TextArea.class).setValue("I do not understand the word 'transfer'.");
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText("Send to my coach")));

        HelpRequest request = learning.myHelpRequests(COURSE).get(0);
        assertThat(request.itemId()).isEqualTo(FINAL);
        assertThat(request.questionId()).isEqualTo(catalogue.quiz(FINAL).questions().get(0).id());
        assertThat(learning.progress(COURSE).statusOf(FINAL)).isEqualTo(ItemStatus.NEEDS_HELP);
    }

    @Test
    void the_pre_test_hides_its_answers_allows_one_attempt_and_the_final_quiz_shows_the_knowledge_gained() {
        navigate("learn/budget-literacy/quiz/budget-cycle-pre");
        _get(Paragraph.class, spec -> spec.withText("Attempts left: 1 of 1"));
        answer(PRE_TEST, quizKey.wrongAnswers(PRE_TEST));
        _click(_get(Button.class, spec -> spec.withText("Check my answers")));
        _get(H2.class, spec -> spec.withText("You scored 0% before the course. The lessons will teach the answers."));
        assertThat(_find(Paragraph.class, spec -> spec.withText("Not quite."))).isEmpty();

        navigate("learn/budget-literacy/quiz/budget-cycle-pre");
        _get(Paragraph.class, spec -> spec.withText("You have used all your attempts for this quiz. Your coach can help."));
        assertThat(_find(Button.class, spec -> spec.withText("Check my answers"))).isEmpty();

        navigate("learn/budget-literacy/quiz/budget-cycle-final");
        answer(FINAL, quizKey.rightAnswers(FINAL));
        _click(_get(Button.class, spec -> spec.withText("Check my answers")));
        _get(Paragraph.class, spec -> spec.withText("Before the course you scored 0%. Now you score 100%: 100 points gained."));
        navigate("learn/budget-literacy");
        _get(Paragraph.class, spec -> spec.withText("Before the course you scored 0%. Now you score 100%: 100 points gained."));

        login(fixtures.coachOf(cbo));
        navigate("coach/cbo/" + cbo);
        _get(Paragraph.class, spec -> spec.withText(catalogue.course(COURSE).title().in(java.util.Locale.ENGLISH)
                + ": 1 members took both tests. Average before 0%, after 100%: 100 points gained."));
    }

    @Test
    void a_coach_enrols_the_whole_cbo_once_and_no_other_coach_can() {
        fixtures.learner(cbo, "Chea Dany");
        fixtures.learner(cbo, "Lim Sopheap");
        login(fixtures.coachOf(cbo));
        navigate("coach/cbo/" + cbo);
        _click(_get(Button.class, spec -> spec.withText("Enrol this CBO in a course")));
        Dialog dialog = _get(Dialog.class);
        _click(_get(dialog, Button.class, spec -> spec.withText("Enrol all members")));
        assertThat(_get(dialog, Select.class).getErrorMessage()).isEqualTo("Choose a course.");
        @SuppressWarnings("unchecked")
        Select<org.kasang.catalogue.CourseSummary> course = _get(dialog, Select.class);
        course.setValue(catalogue.course("gender-budgeting"));
        _click(_get(dialog, Button.class, spec -> spec.withText("Enrol all members")));
        String title = catalogue.course("gender-budgeting").title().in(java.util.Locale.ENGLISH);
        assertThat(NotificationsKt.getNotifications()).anyMatch(n -> n.getElement().getProperty("text", "")
                .equals("3 members enrolled in " + title + "."));
        assertThat(enrolments.enrolCbo(cbo, "gender-budgeting")).isZero();
        assertThat(jdbc.sql("select enrolled from cbo_course_summary where cbo_id = ? and course_id = 'gender-budgeting'")
                .param(cbo).query(Integer.class).single()).isEqualTo(3);

        login(fixtures.coachOf(fixtures.cbo("Another coach's CBO")));
        assertThatThrownBy(() -> enrolments.enrolCbo(cbo, "advocacy-planning")).isInstanceOf(AccessDeniedException.class);

        login(learner);
        navigate("learn");
        _get(MyLearningView.class);
        _get(com.vaadin.flow.router.RouterLink.class, spec -> spec.withText(title));
    }

    @Test
    void my_learning_separates_courses_under_way_from_completed_ones() {
        learning.enrol("gender-budgeting");
        CourseOutline outline = catalogue.outline(COURSE);
        for (CourseOutline.Item item : outline.items()) {
            switch (item.type()) {
                case LESSON -> learning.completeLesson(COURSE, item.id());
                case QUIZ, PRE_TEST -> learning.submitQuiz(COURSE, item.id(), "right", quizKey.rightAnswers(item.id()));
                case ASSIGNMENT -> { }
            }
        }
        navigate("learn");
        H3 underway = _get(H3.class, spec -> spec.withText("My courses"));
        H3 completed = _get(H3.class, spec -> spec.withText("Completed courses"));
        assertThat(underway).isNotNull();
        assertThat(completed).isNotNull();
        _get(Span.class, spec -> spec.withText("Completed"));
        _get(Anchor.class, spec -> spec.withId("certificate-budget-literacy").withText("Download my certificate (PDF)"));

        navigate("learn/budget-literacy");
        _get(Anchor.class, spec -> spec.withId("certificate-download"));
        _get(Anchor.class, spec -> spec.withId("booklet-download").withText("Download the whole course to read offline (PDF)"));
        navigate("learn/gender-budgeting");
        assertThat(_find(Anchor.class, spec -> spec.withId("certificate-download"))).isEmpty();
    }

    @Test
    void the_certificate_names_the_learner_the_course_and_the_cbo_and_only_comes_with_completion() throws Exception {
        assertThatThrownBy(() -> certificates.mine(COURSE, java.util.Locale.ENGLISH))
                .isInstanceOf(org.kasang.common.InvalidInput.class).hasMessage("certificate.error.not-completed");
        for (CourseOutline.Item item : catalogue.outline(COURSE).items()) {
            switch (item.type()) {
                case LESSON -> learning.completeLesson(COURSE, item.id());
                case QUIZ, PRE_TEST -> learning.submitQuiz(COURSE, item.id(), "right", quizKey.rightAnswers(item.id()));
                case ASSIGNMENT -> { }
            }
        }
        byte[] pdf = certificates.mine(COURSE, java.util.Locale.ENGLISH);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Sok Chanthy").contains("Experience CBO")
                    .contains(catalogue.course(COURSE).title().in(java.util.Locale.ENGLISH));
        }
        try (var document = org.apache.pdfbox.Loader.loadPDF(certificates.mine(COURSE, java.util.Locale.forLanguageTag("km")))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains(catalogue.course(COURSE).title().in(java.util.Locale.forLanguageTag("km")));
        }
    }

    @Test
    void my_learning_lists_the_learners_assignments_with_their_review_state() {
        String plan = "advocacy-planning/advocacy-action-plan";
        assignments.saveDraft(plan, Map.of("issue-and-causes", "The road to the health centre floods every year."));
        navigate("learn");
        _get(H3.class, spec -> spec.withText("My assignments"));
        Div card = _get(Div.class, spec -> spec.withClasses("kasang-work"));
        _get(card, com.vaadin.flow.router.RouterLink.class, spec -> spec.withText("Your CBO's advocacy action plan"));
        _get(card, Span.class, spec -> spec.withText("Draft"));
        assertThat(_get(card, com.vaadin.flow.router.RouterLink.class).getElement().getAttribute("href"))
                .isEqualTo("learn/advocacy-planning/assignment/advocacy-action-plan");
    }

    private List<Div> cards() {
        return _find(Div.class, spec -> spec.withClasses("kasang-card"));
    }

    private String firstLesson() {
        return catalogue.outline(COURSE).items().stream().filter(i -> i.type() == ItemType.LESSON).findFirst()
                .orElseThrow().id();
    }

    private static String badge(List<Div> rows, String itemId) {
        String local = itemId.substring(itemId.indexOf('/') + 1);
        return rows.stream().filter(row -> _find(row, com.vaadin.flow.router.RouterLink.class).get(0)
                        .getElement().getAttribute("href").endsWith("/" + local))
                .findFirst().map(row -> _find(row, Span.class).stream()
                        .filter(span -> span.getElement().getThemeList().contains("badge"))
                        .findFirst().orElseThrow().getText())
                .orElseThrow();
    }

    private int helpOpen() {
        return jdbc.sql("select coalesce(sum(help_open), 0) from cbo_course_summary where cbo_id = ?")
                .param(cbo).query(Integer.class).single();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void answer(String quizId, Map<String, Set<String>> answers) {
        List<RadioButtonGroup> radios = _find(RadioButtonGroup.class);
        List<CheckboxGroup> checks = _find(CheckboxGroup.class);
        QuizPaper paper = catalogue.quiz(quizId);
        int radio = 0;
        int check = 0;
        for (QuizPaper.Question question : paper.questions()) {
            Set<String> chosen = answers.get(question.id());
            if (question.kind() == QuestionKind.MULTIPLE) {
                checks.get(check++).setValue(chosen);
            } else {
                radios.get(radio++).setValue(chosen.iterator().next());
            }
        }
    }
}
