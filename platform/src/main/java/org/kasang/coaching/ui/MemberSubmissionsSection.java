package org.kasang.coaching.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.kasang.assignments.MemberSubmission;
import org.kasang.catalogue.CourseOutline;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;

/** The member's handed-in work: title, status, when, the last decision, and a link to the review page. */
class MemberSubmissionsSection extends Div {

    MemberSubmissionsSection(List<MemberSubmission> submissions, Function<String, CourseOutline> outlines) {
        addClassName("kasang-member-submissions");
        add(new H3(getTranslation("member.submissions")));
        if (submissions.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("member.submissions.none"));
            none.addClassName("kasang-muted");
            add(none);
            return;
        }
        for (MemberSubmission s : submissions) {
            Div row = new Div();
            row.addClassNames("kasang-outline-item", "kasang-member-submission");
            String title = s.assignmentTitle().in(getLocale());
            Div text = new Div();
            text.addClassName("kasang-outline-text");
            if (s.reviewable()) {
                RouterLink open = new RouterLink();
                open.setText(title);
                open.getElement().setAttribute("href", "coach/reviews/" + s.submissionId());
                text.add(open);
            } else {
                text.add(new Span(title));
            }
            String detail = getTranslation("member.submission.detail", s.revision(), date(s.submittedAt()));
            if (s.lastDecision() != null) {
                detail = detail + " · " + getTranslation("member.submission.last-decision",
                        getTranslation("member.submission.decision." + s.lastDecision().name()), date(s.lastReviewedAt()));
            }
            Span muted = new Span(outlines.apply(s.courseId()).title().in(getLocale()) + " · " + detail);
            muted.addClassName("kasang-muted");
            text.add(muted);
            Span badge = new Span(getTranslation("submission.status." + s.status().name()));
            badge.getElement().getThemeList().add("badge pill");
            row.add(text, badge);
            add(row);
        }
    }

    private String date(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(at.atZone(ZoneId.systemDefault()));
    }
}
