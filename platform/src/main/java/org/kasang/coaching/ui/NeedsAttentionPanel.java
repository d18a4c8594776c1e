package org.kasang.coaching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.CourseOutline;
import org.kasang.coaching.NeedsAttention;
import org.kasang.learning.LearnerAlert;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The coach's "needs attention" list: each line says what is wrong and leads to where to act on it. */
class NeedsAttentionPanel extends Details {

    private final CatalogueService catalogue;
    private final Map<String, CourseOutline> outlines = new HashMap<>();

    NeedsAttentionPanel(NeedsAttention needsAttention, CatalogueService catalogue) {
        this.catalogue = catalogue;
        addClassName("kasang-attention");
        NeedsAttention.Attention attention = needsAttention.now();
        setSummaryText(getTranslation("attention.title", attention.total()));
        setOpened(attention.total() > 0);
        Div lines = new Div();
        Instant now = Instant.now();
        attention.help().forEach(help -> lines.add(line(getTranslation("attention.help", help.cboName(), help.open()),
                getTranslation("attention.open-cbo"), "coach/cbo/" + help.cboId())));
        attention.reviews().forEach(s -> lines.add(line(getTranslation("attention.review",
                attention.cboNames().get(s.cboId()), title(s.courseId(), s.assignmentId()),
                Duration.between(s.submittedAt(), now).toDays()),
                getTranslation("attention.review-now"), "coach/reviews/" + s.submissionId())));
        attention.failing().forEach(a -> lines.add(line(getTranslation("attention.failing", a.learnerName(),
                attention.cboNames().get(a.cboId()), title(a.courseId(), a.itemId()), a.attempts()),
                getTranslation("attention.open-cbo"), "coach/cbo/" + a.cboId())));
        attention.inactive().forEach(a -> lines.add(line(getTranslation("attention.inactive", a.learnerName(),
                attention.cboNames().get(a.cboId()), courseTitle(a.courseId()),
                Duration.between(a.lastActivityAt(), now).toDays()),
                getTranslation("attention.open-cbo"), "coach/cbo/" + a.cboId())));
        if (attention.total() == 0) {
            lines.add(new Span(getTranslation("attention.none")));
        }
        add(lines);
    }

    private Div line(String text, String action, String path) {
        Div line = new Div();
        line.addClassName("kasang-attention-line");
        Button go = new Button(action, click -> getUI().ifPresent(ui -> ui.navigate(path)));
        go.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        line.add(new Span(text), go);
        return line;
    }

    private String courseTitle(String courseId) {
        return outline(courseId).title().in(getLocale());
    }

    private String title(String courseId, String itemId) {
        return outline(courseId).item(itemId).map(i -> i.title().in(getLocale())).orElse(courseTitle(courseId));
    }

    private CourseOutline outline(String courseId) {
        return outlines.computeIfAbsent(courseId, catalogue::outline);
    }
}
