package org.kasang.learning.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.CourseOutline;
import org.kasang.catalogue.ItemType;
import com.vaadin.flow.router.RouterLink;
import org.kasang.learning.QuizStanding;
import org.kasang.catalogue.QuestionKind;
import org.kasang.catalogue.QuizGrade;
import org.kasang.catalogue.QuizPaper;
import org.kasang.catalogue.Text;
import org.kasang.common.InvalidInput;
import org.kasang.learning.LearningService;
import org.kasang.learning.QuizOutcome;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Takes a quiz: answer, submit, read the score and each question's feedback, try again if allowed. */
@Route("learn/:courseId/quiz/:itemId")
@RolesAllowed("LEARNER")
public class QuizView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LearningService learning;
    private final CatalogueService catalogue;
    private final Map<String, HasValue<?, ?>> answers = new LinkedHashMap<>();
    private final Map<String, Div> feedback = new LinkedHashMap<>();
    private String courseId;
    private QuizPaper quiz;
    private String attemptId;
    private CourseOutline outline;
    private CourseOutline.Item item;

    public QuizView(LearningService learning, CatalogueService catalogue) {
        this.learning = learning;
        this.catalogue = catalogue;
        addClassName("kasang-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = event.getRouteParameters().get("courseId").orElseThrow();
        quiz = catalogue.quiz(LearningRoutes.fullId(courseId, event.getRouteParameters().get("itemId").orElseThrow()));
        if (!quiz.courseId().equals(courseId)) {
            throw new java.util.NoSuchElementException(quiz.id());
        }
        outline = catalogue.outline(courseId);
        item = outline.item(quiz.id()).orElseThrow(() -> new java.util.NoSuchElementException(quiz.id()));
        learning.open(courseId, quiz.id());
        QuizStanding standing = learning.quizStanding(courseId, quiz.id());
        if (standing.attemptsLeft() || standing.passed()) {
            showPaper();
        } else {
            showNoAttemptsLeft(standing);
        }
    }

    private void showNoAttemptsLeft(QuizStanding standing) {
        removeAll();
        add(back(), new H2(quiz.title().in(getLocale())));
        Paragraph message = new Paragraph(getTranslation("quiz.error.no-attempts-left"));
        message.addClassName("kasang-quiz-closed");
        add(message, new Paragraph(getTranslation("quiz.best-score", standing.bestScore() == null ? 0 : standing.bestScore())));
        add(new HelpPanel(learning, courseId, quiz.id(), quiz.title().in(getLocale()), learning.myHelpRequests(courseId)));
    }

    private RouterLink back() {
        RouterLink back = new RouterLink();
        back.setText(outline.title().in(getLocale()));
        back.getElement().setAttribute("href", LearningRoutes.course(courseId));
        return back;
    }

    private void showPaper() {
        attemptId = UUID.randomUUID().toString();
        answers.clear();
        feedback.clear();
        removeAll();
        QuizStanding standing = learning.quizStanding(courseId, quiz.id());
        add(back(), new H2(quiz.title().in(getLocale())));
        if (item.type() == ItemType.PRE_TEST) {
            add(new Paragraph(getTranslation("quiz.pre-test")));
        } else {
            add(new Paragraph(getTranslation("quiz.pass-mark", quiz.passMark())));
        }
        if (standing.attemptsAllowed() != null) {
            Paragraph attempts = new Paragraph(getTranslation("quiz.attempts-left",
                    standing.attemptsAllowed() - standing.attemptsUsed(), standing.attemptsAllowed()));
            attempts.addClassName("kasang-muted");
            add(attempts);
        }
        int number = 0;
        for (QuizPaper.Question question : quiz.questions()) {
            Div block = new Div();
            block.addClassName("kasang-question");
            String label = getTranslation("quiz.question", ++number, question.prompt().in(getLocale()));
            Map<String, Text> optionTexts = question.options().stream()
                    .collect(Collectors.toMap(QuizPaper.Option::id, QuizPaper.Option::text, (a, b) -> a, LinkedHashMap::new));
            AbstractField<?, ?> field;
            if (question.kind() == QuestionKind.MULTIPLE) {
                CheckboxGroup<String> group = new CheckboxGroup<>(label);
                group.setItems(optionTexts.keySet());
                group.setItemLabelGenerator(id -> optionTexts.get(id).in(getLocale()));
                group.setHelperText(getTranslation("quiz.choose-all"));
                field = group;
            } else {
                RadioButtonGroup<String> group = new RadioButtonGroup<>(label);
                group.setItems(optionTexts.keySet());
                group.setItemLabelGenerator(id -> optionTexts.get(id).in(getLocale()));
                field = group;
            }
            field.setId("question-" + question.id().substring(question.id().lastIndexOf('/') + 1));
            answers.put(question.id(), field);
            Div questionFeedback = new Div();
            questionFeedback.addClassName("kasang-feedback");
            feedback.put(question.id(), questionFeedback);
            Button ask = new Button(getTranslation("help.ask-question"), click -> new HelpDialog(learning, courseId,
                    quiz.id(), question.id(), question.prompt().in(getLocale()), request -> { }).open());
            ask.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            ask.addClassName("kasang-ask-question");
            block.add(field, questionFeedback, ask);
            add(block);
        }
        Button submit = new Button(getTranslation("quiz.submit"), click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.setId("quiz-submit");
        add(submit);
    }

    private void submit() {
        Map<String, Set<String>> chosen = new LinkedHashMap<>();
        answers.forEach((questionId, field) -> chosen.put(questionId, selected(field.getValue())));
        if (chosen.values().stream().anyMatch(Set::isEmpty)) {
            Notification.show(getTranslation("quiz.answer-all"));
            findSubmit().ifPresent(b -> b.setEnabled(true));
            return;
        }
        try {
            showOutcome(learning.submitQuiz(courseId, quiz.id(), attemptId, chosen));
        } catch (InvalidInput e) {
            Notification.show(getTranslation(e.key()));
        }
    }

    private void showOutcome(QuizOutcome outcome) {
        answers.values().forEach(field -> field.setReadOnly(true));
        findSubmit().ifPresent(this::remove);
        // A pre-test measures what the learner knew; its answers are for the course to teach, not to give away.
        boolean preTest = item.type() == ItemType.PRE_TEST;
        for (QuizGrade.QuestionGrade grade : preTest ? java.util.List.<QuizGrade.QuestionGrade>of() : outcome.grade().questions()) {
            Div box = feedback.get(grade.questionId());
            box.removeAll();
            box.addClassName(grade.correct() ? "correct" : "incorrect");
            box.add(new Paragraph(getTranslation(grade.correct() ? "quiz.right" : "quiz.wrong")));
            grade.feedback().forEach(text -> box.add(new Paragraph(text.in(getLocale()))));
        }
        Div result = new Div();
        result.addClassNames("kasang-quiz-result", outcome.grade().passed() ? "passed" : "failed");
        result.setId("quiz-result");
        result.add(new H2(preTest ? getTranslation("quiz.pre-test.score", outcome.grade().scorePercent())
                : getTranslation(outcome.grade().passed() ? "quiz.passed" : "quiz.failed",
                outcome.grade().scorePercent(), quiz.passMark())));
        result.add(new Paragraph(outcome.attemptsAllowed() == null
                ? getTranslation("quiz.best-score", outcome.bestScore())
                : getTranslation("quiz.attempts", outcome.attemptsUsed(), outcome.attemptsAllowed(), outcome.bestScore())));
        if (outline.preTests().containsKey(quiz.id())) {
            learning.knowledgeGains(courseId).stream().filter(g -> g.postTestId().equals(quiz.id())).findFirst()
                    .filter(g -> g.postScore() != null)
                    .ifPresent(g -> result.add(new Paragraph(getTranslation("learn.gain", g.preScore(), g.postScore(),
                            g.gain()))));
        }
        if (outcome.canRetry()) {
            result.add(new Button(getTranslation("quiz.try-again"), click -> showPaper()));
        }
        Button back = new Button(getTranslation("quiz.back-to-course"),
                click -> getUI().ifPresent(ui -> ui.navigate(LearningRoutes.course(courseId))));
        back.addThemeVariants(outcome.grade().passed() || preTest ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        back.setId("quiz-back");
        result.add(back);
        addComponentAsFirst(result);
    }

    private java.util.Optional<Button> findSubmit() {
        return getChildren().filter(Button.class::isInstance).map(Button.class::cast).findFirst();
    }

    private static Set<String> selected(Object value) {
        if (value instanceof Set<?> set) {
            return set.stream().map(String::valueOf).collect(Collectors.toSet());
        }
        return value == null ? Set.of() : Set.of(String.valueOf(value));
    }

    @Override
    public String getPageTitle() {
        return quiz == null ? "" : quiz.title().in(getLocale());
    }
}
