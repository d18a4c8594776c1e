package org.kasang.catalogue.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.kasang.catalogue.internal.PackageManifest.Option;
import org.kasang.catalogue.internal.PackageManifest.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A question being written or edited: its kind, its prompt in English (and Khmer, when the course
 * lists it), and two to four options with feedback. */
class QuestionForm extends VerticalLayout {

    static final List<String> KINDS = List.of("single", "multiple", "true-false");
    private static final List<String> OPTION_IDS = List.of("a", "b", "c", "d");

    /** One answer the learner can choose. */
    static class OptionRow extends HorizontalLayout {
        final TextField text;
        final Checkbox correct;
        final TextField feedback;
        /** The Khmer text and feedback, shown only when the course lists Khmer. */
        final TextField textKm;
        final TextField feedbackKm;

        OptionRow(int number, boolean khmer) {
            text = new TextField(getTranslation("editor.quiz.option", number));
            correct = new Checkbox(getTranslation("editor.quiz.correct"));
            feedback = new TextField(getTranslation("editor.quiz.feedback"));
            textKm = new TextField(getTranslation("editor.quiz.option-km", number));
            feedbackKm = new TextField(getTranslation("editor.quiz.feedback-km"));
            add(text, correct, feedback);
            if (khmer) {
                add(textKm, feedbackKm);
            }
            setAlignItems(Alignment.BASELINE);
            setWrap(true);
        }
    }

    final Select<String> kind = new Select<>();
    final TextField prompt = new TextField(getTranslation("editor.quiz.prompt"));
    final TextField promptKm = new TextField(getTranslation("editor.quiz.prompt-km"));
    final List<OptionRow> options = new ArrayList<>();
    private final boolean khmer;

    QuestionForm() {
        this(false);
    }

    /** With khmer, the prompt, options and feedback have Khmer fields beside the English ones. */
    QuestionForm(boolean khmer) {
        this.khmer = khmer;
        setPadding(false);
        kind.setLabel(getTranslation("editor.quiz.kind"));
        kind.setItems(KINDS);
        kind.setItemLabelGenerator(k -> getTranslation("editor.quiz.kind." + k));
        kind.setValue("single");
        prompt.setWidthFull();
        promptKm.setWidthFull();
        add(khmer ? new FormLayout(kind, prompt, promptKm) : new FormLayout(kind, prompt));
        for (int i = 1; i <= OPTION_IDS.size(); i++) {
            OptionRow row = new OptionRow(i, khmer);
            options.add(row);
            add(row);
        }
    }

    /** The question as typed, when it has a prompt and two to four options with text (true-false: exactly two). */
    Optional<Question> question(String id) {
        List<OptionRow> filled = options.stream().filter(row -> !row.text.getValue().isBlank()).toList();
        boolean trueFalse = "true-false".equals(kind.getValue());
        if (prompt.getValue().isBlank() || filled.size() < 2 || (trueFalse && filled.size() != 2)) {
            return Optional.empty();
        }
        List<Option> result = new ArrayList<>();
        for (int i = 0; i < filled.size(); i++) {
            OptionRow row = filled.get(i);
            String optionId = trueFalse ? (i == 0 ? "true" : "false") : OPTION_IDS.get(i);
            result.add(new Option(optionId, Bilingual.typed(row.text.getValue(), row.textKm.getValue(), khmer),
                    row.correct.getValue(), Bilingual.typed(row.feedback.getValue(), row.feedbackKm.getValue(), khmer)));
        }
        return Optional.of(new Question(id, kind.getValue(),
                Bilingual.typed(prompt.getValue(), promptKm.getValue(), khmer), result));
    }

    /** Fills the form with a question to edit; options beyond the form's four are not shown. */
    void load(Question question) {
        kind.setValue(question.kind() == null ? "single" : question.kind());
        prompt.setValue(Bilingual.get(question.prompt(), "en"));
        promptKm.setValue(Bilingual.get(question.prompt(), "km"));
        List<Option> given = question.options() == null ? List.of() : question.options();
        for (int i = 0; i < options.size(); i++) {
            OptionRow row = options.get(i);
            Option option = i < given.size() ? given.get(i) : null;
            row.text.setValue(option == null ? "" : Bilingual.get(option.text(), "en"));
            row.correct.setValue(option != null && Boolean.TRUE.equals(option.correct()));
            row.feedback.setValue(option == null ? "" : Bilingual.get(option.feedback(), "en"));
            row.textKm.setValue(option == null ? "" : Bilingual.get(option.text(), "km"));
            row.feedbackKm.setValue(option == null ? "" : Bilingual.get(option.feedback(), "km"));
        }
    }

    void clear() {
        prompt.clear();
        promptKm.clear();
        options.forEach(row -> {
            row.text.clear();
            row.correct.clear();
            row.feedback.clear();
            row.textKm.clear();
            row.feedbackKm.clear();
        });
    }
}
