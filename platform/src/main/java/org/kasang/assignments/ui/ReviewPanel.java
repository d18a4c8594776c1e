package org.kasang.assignments.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.kasang.assignments.Decision;
import org.kasang.assignments.Review;
import org.kasang.catalogue.AssignmentPaper;
import org.kasang.catalogue.Text;

import java.util.Locale;

/** The coach's latest review: per criterion the level, its points and descriptor; the total; feedback; decision. */
class ReviewPanel extends Div {

    ReviewPanel(AssignmentPaper paper, Review review, Locale locale) {
        this(paper, review, locale, "submission.review.heading");
    }

    /** @param headingKey the heading with the revision as {0}: the learner reads "your work", a coach the revision */
    ReviewPanel(AssignmentPaper paper, Review review, Locale locale, String headingKey) {
        addClassNames("kasang-review", review.decision() == Decision.APPROVED ? "approved" : "returned");
        int top = paper.levels().stream().mapToInt(AssignmentPaper.Level::points).max().orElse(0);
        Paragraph decision = new Paragraph(getTranslation("submission.review.decision." + review.decision().name()));
        decision.addClassName("kasang-review-decision");
        add(new H3(getTranslation(headingKey, review.revision())), decision);
        for (AssignmentPaper.Criterion criterion : paper.criteria()) {
            String levelId = review.scores().get(criterion.id());
            var level = paper.levels().stream().filter(l -> l.id().equals(levelId)).findFirst();
            Div row = new Div();
            row.addClassName("kasang-criterion");
            Span title = new Span(criterion.title().in(locale));
            title.addClassName("kasang-criterion-title");
            Span chosen = new Span(level.map(l -> getTranslation("submission.review.level", l.label().in(locale),
                    l.points(), top)).orElse(levelId));
            chosen.addClassName("kasang-criterion-level");
            Paragraph descriptor = new Paragraph(criterion.descriptors().getOrDefault(levelId, Text.of("")).in(locale));
            descriptor.addClassName("kasang-muted");
            row.add(title, chosen, descriptor);
            add(row);
        }
        Paragraph total = new Paragraph(getTranslation("submission.review.total", review.points(), review.maxPoints()));
        total.addClassName("kasang-review-total");
        add(total);
        if (review.feedback() != null) {
            Paragraph feedback = new Paragraph(review.feedback());
            feedback.addClassName("kasang-feedback-text");
            add(new H4(getTranslation("submission.review.feedback")), feedback);
        }
        add(new ReviewedAnswers(paper, review, locale));
    }
}
