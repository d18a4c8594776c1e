package org.kasang.catalogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import org.kasang.catalogue.internal.PackageManifest.Question;
import org.kasang.catalogue.internal.PackageManifest.Quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The final quiz, after the last module: its pass mark, its questions (to edit or delete), and a form for one. */
class QuizEditor extends VerticalLayout {

    static final String QUIZ_ID = "quiz-final";

    final IntegerField passMark = new IntegerField(getTranslation("editor.quiz.pass-mark"));
    final QuestionForm form;
    private final OrderedList questions = new OrderedList();
    private final Button add = new Button(getTranslation("editor.quiz.add"), click -> addQuestion());
    private final Button saveEdit = new Button(getTranslation("editor.quiz.save-edit"), click -> saveEdit());
    private final Button cancelEdit = new Button(getTranslation("editor.cancel"), click -> stopEditing());
    private final DraftModel model;
    private final Runnable changed;
    /** The id of the question in the form, while one is being edited. */
    private String editing;

    QuizEditor(DraftModel model, Runnable changed) {
        this.model = model;
        this.changed = changed;
        this.form = new QuestionForm(Bilingual.khmer(model));
        setPadding(false);
        passMark.setMin(0);
        passMark.setMax(100);
        passMark.setValue(model.finalQuiz().map(Quiz::passMark).orElse(70));
        passMark.addValueChangeListener(e -> model.finalQuiz().ifPresent(quiz -> {
            model.saveFinalQuiz(new Quiz(quiz.id(), quiz.title(), e.getValue(), quiz.attemptsAllowed(),
                    quiz.pairsWith(), quiz.questions()));
            changed.run();
        }));
        saveEdit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(passMark, questions, form, new HorizontalLayout(add, saveEdit, cancelEdit));
        stopEditing();
    }

    private void addQuestion() {
        List<Question> existing = existing();
        int n = existing.size() + 1;
        while (ids(existing).contains("q" + n)) {
            n++;
        }
        var question = typed("q" + n);
        if (question.isEmpty()) {
            return;
        }
        List<Question> all = new ArrayList<>(existing);
        all.add(question.get());
        save(all);
        form.clear();
    }

    private void edit(Question question) {
        editing = question.id();
        form.load(question);
        add.setVisible(false);
        saveEdit.setVisible(true);
        cancelEdit.setVisible(true);
    }

    private void saveEdit() {
        var question = typed(editing);
        if (question.isEmpty()) {
            return;
        }
        List<Question> all = new ArrayList<>(existing());
        all.replaceAll(q -> q.id().equals(editing) ? question.get() : q);
        save(all);
        stopEditing();
    }

    private void delete(Question question) {
        List<Question> all = new ArrayList<>(existing());
        all.removeIf(q -> q.id().equals(question.id()));
        if (all.isEmpty()) {
            model.removeFinalQuiz();
            changed.run();
            showQuestions();
        } else {
            save(all);
        }
        if (question.id().equals(editing)) {
            stopEditing();
        }
    }

    private void stopEditing() {
        editing = null;
        form.clear();
        add.setVisible(true);
        saveEdit.setVisible(false);
        cancelEdit.setVisible(false);
        showQuestions();
    }

    private Optional<Question> typed(String id) {
        var question = form.question(id);
        if (question.isEmpty()) {
            Notification.show(getTranslation("editor.quiz.error.incomplete"))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        return question;
    }

    private void save(List<Question> all) {
        Quiz quiz = model.finalQuiz().orElse(null);
        model.saveFinalQuiz(quiz == null
                ? new Quiz(QUIZ_ID, Bilingual.of(this, "editor.quiz.new-title"), passMark.getValue(), null, null, all)
                : new Quiz(quiz.id(), quiz.title(), passMark.getValue(), quiz.attemptsAllowed(), quiz.pairsWith(), all));
        changed.run();
        showQuestions();
    }

    private List<Question> existing() {
        return model.finalQuiz().map(Quiz::questions).orElse(List.of());
    }

    private static List<String> ids(List<Question> questions) {
        return questions.stream().map(Question::id).toList();
    }

    private void showQuestions() {
        questions.removeAll();
        existing().forEach(q -> {
            ListItem item = new ListItem(q.prompt().values().getOrDefault("en", q.id()));
            Button edit = new Button(getTranslation("editor.quiz.edit"), click -> edit(q));
            Button delete = new Button(getTranslation("editor.quiz.delete"), click -> delete(q));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            item.add(edit, delete);
            questions.add(item);
        });
    }
}
