package org.kasang.catalogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import org.kasang.catalogue.internal.PackageManifest.Question;
import org.kasang.catalogue.internal.PackageManifest.Quiz;

import java.util.ArrayList;
import java.util.List;

/** The final quiz, after the last module: its pass mark, its questions, and a form to add one. */
class QuizEditor extends VerticalLayout {

    static final String QUIZ_ID = "quiz-final";

    final IntegerField passMark = new IntegerField(getTranslation("editor.quiz.pass-mark"));
    final QuestionForm form = new QuestionForm();
    private final OrderedList questions = new OrderedList();
    private final DraftModel model;
    private final Runnable changed;

    QuizEditor(DraftModel model, Runnable changed) {
        this.model = model;
        this.changed = changed;
        setPadding(false);
        passMark.setMin(0);
        passMark.setMax(100);
        passMark.setValue(model.finalQuiz().map(Quiz::passMark).orElse(70));
        passMark.addValueChangeListener(e -> model.finalQuiz().ifPresent(quiz -> {
            model.saveFinalQuiz(new Quiz(quiz.id(), quiz.title(), e.getValue(), quiz.attemptsAllowed(),
                    quiz.pairsWith(), quiz.questions()));
            changed.run();
        }));
        Button add = new Button(getTranslation("editor.quiz.add"), click -> addQuestion());
        add(passMark, questions, form, add);
        showQuestions();
    }

    private void addQuestion() {
        List<Question> existing = model.finalQuiz().map(Quiz::questions).orElse(List.of());
        int n = existing.size() + 1;
        while (ids(existing).contains("q" + n)) {
            n++;
        }
        var question = form.question("q" + n);
        if (question.isEmpty()) {
            Notification.show(getTranslation("editor.quiz.error.incomplete"))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        List<Question> all = new ArrayList<>(existing);
        all.add(question.get());
        Quiz quiz = model.finalQuiz().orElse(null);
        model.saveFinalQuiz(quiz == null
                ? new Quiz(QUIZ_ID, Bilingual.of(this, "editor.quiz.new-title"), passMark.getValue(), null, null, all)
                : new Quiz(quiz.id(), quiz.title(), passMark.getValue(), quiz.attemptsAllowed(), quiz.pairsWith(), all));
        form.clear();
        changed.run();
        showQuestions();
    }

    private static List<String> ids(List<Question> questions) {
        return questions.stream().map(Question::id).toList();
    }

    private void showQuestions() {
        questions.removeAll();
        model.finalQuiz().map(Quiz::questions).orElse(List.of())
                .forEach(q -> questions.add(new ListItem(q.prompt().values().getOrDefault("en", q.id()))));
    }
}
