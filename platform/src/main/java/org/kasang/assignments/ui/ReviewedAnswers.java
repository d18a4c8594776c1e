package org.kasang.assignments.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import org.kasang.assignments.Review;
import org.kasang.catalogue.AssignmentPaper;

import java.util.Locale;
import java.util.Map;

/**
 * What a review judged: the answers and file names of its revision, folded away, so that a learner's later
 * edits never pass for what the coach scored.
 */
class ReviewedAnswers extends Details {

    ReviewedAnswers(AssignmentPaper paper, Review review, Locale locale) {
        setSummaryText(getTranslation("review.reviewed-answers", review.revision()));
        addClassName("kasang-reviewed-answers");
        setWidthFull();
        if (!review.keptAnswers()) {
            Paragraph none = new Paragraph(getTranslation("review.reviewed-answers.not-kept"));
            none.addClassName("kasang-muted");
            add(none);
            return;
        }
        for (AssignmentPaper.Field field : paper.fields()) {
            add(AnswerText.row(this, field, review.answers(), locale));
        }
        Paragraph files = new Paragraph(review.fileNames().isEmpty() ? getTranslation("submission.files.none")
                : getTranslation("review.reviewed-files", String.join(", ", review.fileNames())));
        files.addClassName("kasang-reviewed-files");
        add(files);
    }

    /** One answer under its field's label; a choice shows its option's label in this language. */
    static final class AnswerText {

        private AnswerText() {
        }

        static Div row(com.vaadin.flow.component.Component in, AssignmentPaper.Field field, Map<String, String> answers,
                       Locale locale) {
            String answer = answers.getOrDefault(field.id(), "");
            if ("choice".equals(field.kind())) {
                String chosen = answer;
                answer = field.options().stream().filter(o -> o.id().equals(chosen)).findFirst()
                        .map(o -> o.label().in(locale)).orElse(answer);
            }
            Div row = new Div();
            row.addClassName("kasang-answer");
            row.getElement().setAttribute("data-field", field.id());
            Paragraph text = new Paragraph(answer.isBlank() ? in.getTranslation("review.queue.no-answer") : answer);
            text.addClassName("kasang-answer-text");
            if (answer.isBlank()) {
                text.addClassName("kasang-muted");
            }
            row.add(new H4(field.label().in(locale)), text);
            return row;
        }
    }
}
