package org.kasang.learning;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kasang.KaribuTest;
import org.kasang.QuizKey;
import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.CourseOutline;
import org.kasang.catalogue.ItemType;
import org.kasang.learning.ui.CatalogueView;
import org.kasang.learning.ui.CourseView;
import org.kasang.learning.ui.LessonView;
import org.kasang.learning.ui.MyLearningView;
import org.kasang.learning.ui.QuizView;
import org.kasang.security.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** A CBO member takes the budget course in the UI: enrol, read, mark done, leave, resume, pass the quiz. */
class LearnerJourneyUiTest extends KaribuTest {

    @Autowired
    CatalogueService catalogue;
    @Autowired
    QuizKey quizKey;

    SignedInUser learner;
    List<CourseOutline.Item> lessons;
    List<CourseOutline.Item> quizzes;
    CourseOutline outline;

    @BeforeEach
    void learner() {
        learner = fixtures.learner(fixtures.cbo("Journey CBO"), "Chan Sreymom");
        login(learner);
        outline = catalogue.outline("budget-literacy");
        lessons = outline.items().stream().filter(i -> i.type() == ItemType.LESSON).toList();
        quizzes = outline.items().stream().filter(i -> i.type() == ItemType.QUIZ).toList();
    }

    @Test
    void learner_lands_on_my_learning_enrols_reads_in_order_and_resumes() {
        navigate("");
        _get(MyLearningView.class);
        _get(H2.class, spec -> spec.withText("My learning"));
        _get(Paragraph.class, spec -> spec.withText("You have not started a course yet."));
        _click(_get(Button.class, spec -> spec.withText("Find a course")));
        _get(CatalogueView.class);

        Div card = _find(Div.class, spec -> spec.withClasses("kasang-card")).stream()
                .filter(c -> !_find(c, Span.class, spec -> spec.withText(catalogue.course("budget-literacy")
                        .title().in(Locale.ENGLISH))).isEmpty())
                .findFirst().orElseThrow();
        _click(_get(card, Button.class, spec -> spec.withText("Enrol")));
        _get(CourseView.class);
        _click(_get(Button.class, spec -> spec.withText("Start")));
        // The course opens with its pre-test; the learner may skip to the lessons.
        _get(QuizView.class);
        _get(Paragraph.class, spec -> spec.withText(
                "This pre-test shows what you already know. There is no pass mark: just answer as well as you can."));
        navigate("learn/budget-literacy/lesson/" + local(lessons.get(0)));
        _get(LessonView.class);
        _get(H2.class, spec -> spec.withText(title(lessons.get(0))));

        _click(_get(Button.class, spec -> spec.withText("Mark as done and continue")));
        _get(H2.class, spec -> spec.withText(title(lessons.get(1))));

        // Leave, come back: the course shows progress and resumes at the second lesson.
        navigate("learn");
        _get(MyLearningView.class);
        assertThat(_find(Span.class, spec -> spec.withText("1 of " + outline.items().size() + " done")))
                .hasSize(1);
        navigate("learn/budget-literacy");
        _get(Span.class, spec -> spec.withText("Completed"));
        _click(_get(Button.class, spec -> spec.withText("Continue where I stopped")));
        _get(H2.class, spec -> spec.withText(title(lessons.get(1))));
    }

    @Test
    void a_lesson_marked_done_twice_counts_once() {
        navigate("learn/budget-literacy/lesson/" + local(lessons.get(0)));
        _click(_get(Button.class, spec -> spec.withText("Mark as done and continue")));
        navigate("learn/budget-literacy/lesson/" + local(lessons.get(0)));
        _click(_get(Button.class, spec -> spec.withText("Next")));
        navigate("learn");
        _get(Span.class, spec -> spec.withText("1 of " + outline.items().size() + " done"));
    }

    @Test
    void learner_fails_the_quiz_reads_feedback_retries_and_passes() {
        CourseOutline.Item quiz = quizzes.get(quizzes.size() - 1);
        navigate("learn/budget-literacy/quiz/" + local(quiz));
        _get(QuizView.class);

        _click(_get(Button.class, spec -> spec.withText("Check my answers")));
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications())
                .anyMatch(n -> n.getElement().getProperty("text", "").contains("Please answer every question first."));

        answer(quizKey.wrongAnswers(quiz.id()));
        _click(_get(Button.class, spec -> spec.withText("Check my answers")));
        _get(H2.class, spec -> spec.withText("You scored 0%: not passed yet (pass mark 70%)"));
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withText("Not quite."))).isNotEmpty();

        _click(_get(Button.class, spec -> spec.withText("Try again")));
        answer(quizKey.rightAnswers(quiz.id()));
        _click(_get(Button.class, spec -> spec.withText("Check my answers")));
        _get(H2.class, spec -> spec.withText("You scored 100%: passed (pass mark 70%)"));
        _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withText("Your best score: 100%"));
    }

    @Test
    void the_same_course_reads_in_khmer_titles_when_the_learner_chose_khmer() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("km"));
        navigate("learn/budget-literacy");
        _get(H2.class, spec -> spec.withText(catalogue.course("budget-literacy").title().in(Locale.forLanguageTag("km"))));
        String start = UI.getCurrent().getTranslation("learn.start");
        assertThat(start).isNotEqualTo("Start").matches(".*[\\u1780-\\u17FF].*");
        _get(Button.class, spec -> spec.withText(start));
    }

    @SuppressWarnings("unchecked")
    private void answer(Map<String, Set<String>> answers) {
        List<RadioButtonGroup> radios = _find(RadioButtonGroup.class);
        List<CheckboxGroup> checks = _find(CheckboxGroup.class);
        var paper = catalogue.quiz(quizzes.get(quizzes.size() - 1).id());
        int radio = 0, check = 0;
        for (var question : paper.questions()) {
            Set<String> chosen = answers.get(question.id());
            if (question.kind() == org.kasang.catalogue.QuestionKind.MULTIPLE) {
                checks.get(check++).setValue(chosen);
            } else {
                radios.get(radio++).setValue(chosen.iterator().next());
            }
        }
    }

    private static String local(CourseOutline.Item item) {
        return item.id().substring("budget-literacy/".length());
    }

    private static String title(CourseOutline.Item item) {
        return item.title().in(Locale.ENGLISH);
    }
}
