package org.kasang.coaching.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.kasang.assignments.ReviewService;
import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.CourseOutline;
import org.kasang.coaching.CoachingService;
import org.kasang.learning.HelpRequest;
import org.kasang.learning.MemberLearning;
import org.kasang.learning.Mode;
import org.kasang.learning.ProgressQueries;
import org.kasang.learning.TimeSpent;
import org.kasang.organisations.Member;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/** One member of a CBO as their coach sees them: each course item by item, quiz attempts, help requests. */
@Route("coach/cbo/:cboId/member/:personId")
@RolesAllowed({"COACH", "ADMIN"})
public class MemberLearningView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CoachingService coaching;
    private final ProgressQueries progress;
    private final CatalogueService catalogue;
    private final ReviewService reviews;
    private final Map<String, CourseOutline> outlines = new HashMap<>();
    private String title = "";

    public MemberLearningView(CoachingService coaching, ProgressQueries progress, CatalogueService catalogue,
                              ReviewService reviews) {
        this.reviews = reviews;
        this.coaching = coaching;
        this.progress = progress;
        this.catalogue = catalogue;
        addClassName("kasang-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long cboId = event.getRouteParameters().getLong("cboId").orElseThrow(() -> new NoSuchElementException("cbo"));
        long personId = event.getRouteParameters().getLong("personId").orElseThrow(() -> new NoSuchElementException("person"));
        Member member = coaching.member(cboId, personId).orElseThrow(() -> new NoSuchElementException("member"));
        MemberLearning learning = progress.memberLearning(cboId, personId);
        TimeSpent time = progress.timeSpent(cboId, personId);
        title = member.fullName();
        removeAll();
        RouterLink back = new RouterLink();
        back.setText(getTranslation("member.back"));
        back.getElement().setAttribute("href", "coach/cbo/" + cboId);
        add(back, new H2(title), TimeSpentText.total(this, time));
        if (learning.courses().isEmpty()) {
            add(new Paragraph(getTranslation("member.no-courses")));
        }
        for (MemberLearning.Course course : learning.courses()) {
            CourseOutline outline = outline(course.courseId());
            add(new H3(outline.title().in(getLocale())));
            String status = getTranslation("status.course." + course.status().name());
            if (course.completedMode() == Mode.FACILITATED) {
                status = status + " · " + getTranslation("mode." + Mode.FACILITATED.name());
            }
            Span summary = new Span(getTranslation("coach.member.state", status, course.itemsCompleted(), date(course.lastActivityAt()))
                    + " · " + TimeSpentText.minutes(this, time.minutes(course.courseId())));
            summary.addClassName("kasang-muted");
            Div items = new Div();
            items.addClassName("kasang-outline");
            for (MemberLearning.Item item : course.items()) {
                Div row = new Div();
                row.addClassName("kasang-outline-item");
                String detail = item.attempts() > 0 && item.bestScore() != null
                        ? getTranslation("member.item.quiz", item.attempts(), item.bestScore()) : "";
                if (item.mode() == Mode.FACILITATED) {
                    detail = (detail.isEmpty() ? "" : detail + " · ") + getTranslation("mode." + Mode.FACILITATED.name());
                }
                Div text = new Div(new Span(itemTitle(outline, item.itemId())));
                text.addClassName("kasang-outline-text");
                if (!detail.isEmpty()) {
                    Span muted = new Span(detail);
                    muted.addClassName("kasang-muted");
                    text.add(muted);
                }
                Span badge = new Span(getTranslation("status.item." + item.status().name()));
                badge.getElement().getThemeList().add("badge pill");
                row.add(text, badge);
                items.add(row);
            }
            add(summary, items);
        }
        add(new MemberSubmissionsSection(reviews.memberSubmissions(cboId, personId), this::outline));
        if (!learning.attempts().isEmpty()) {
            add(new H3(getTranslation("member.attempts")));
            Div attempts = new Div();
            learning.attempts().forEach(a -> attempts.add(new Paragraph(getTranslation(a.passed()
                    ? "member.attempt.passed" : "member.attempt.failed", itemTitle(outline(a.courseId()), a.quizId()),
                    a.scorePercent(), date(a.at())))));
            add(attempts);
        }
        if (!learning.help().isEmpty()) {
            add(new H3(getTranslation("member.help")));
            for (HelpRequest request : learning.help()) {
                Div box = new Div();
                box.addClassNames("kasang-help-request", request.open() ? "open" : "answered");
                box.add(new Paragraph(itemTitle(outline(request.courseId()), request.itemId()) + ": " + request.message()));
                if (!request.open()) {
                    Paragraph answer = new Paragraph(request.answer());
                    answer.addClassName("kasang-help-answer");
                    box.add(answer);
                }
                add(box);
            }
        }
    }

    private CourseOutline outline(String courseId) {
        return outlines.computeIfAbsent(courseId, catalogue::outline);
    }

    private String itemTitle(CourseOutline outline, String itemId) {
        return outline.item(itemId).map(i -> i.title().in(getLocale())).orElse(itemId);
    }

    private String date(java.time.Instant at) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(at.atZone(ZoneId.systemDefault()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
