package org.kasang.assignments.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.kasang.assignments.ReviewService;
import org.kasang.assignments.WaitingSubmission;
import org.kasang.catalogue.CatalogueService;
import org.springframework.data.domain.PageRequest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;

/** The coach's review queue: work handed in by members of the coach's CBOs, oldest first; a line opens the review. */
@Route("coach/reviews")
@RolesAllowed({"COACH", "ADMIN"})
public class ReviewQueueView extends VerticalLayout implements HasDynamicTitle {

    /** Work waiting this many days or more is marked. */
    static final int LONG_WAIT_DAYS = 7;

    final Grid<WaitingSubmission> grid = new Grid<>();
    private final CatalogueService catalogue;
    private final Clock clock;
    /** Assignment id → "course › assignment" in this language: a handful of assignments, read once each. */
    private final Map<String, String> titles = new HashMap<>();

    public ReviewQueueView(ReviewService reviews, CatalogueService catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
        addClassNames("kasang-page", "kasang-review-queue");
        setSizeFull();
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // On a phone the member stays in view while the other columns scroll sideways.
        grid.addComponentColumn(row -> {
            RouterLink open = new RouterLink(row.memberName(), ReviewView.class,
                    new RouteParameters("submissionId", String.valueOf(row.submissionId())));
            open.addClassName("kasang-review-open");
            return open;
        }).setHeader(getTranslation("review.queue.member")).setKey("member").setFrozen(true).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(WaitingSubmission::cboName).setHeader(getTranslation("review.queue.cbo")).setKey("cbo").setWidth("10rem");
        grid.addColumn(this::title).setHeader(getTranslation("review.queue.assignment")).setKey("assignment").setWidth("16rem");
        grid.addColumn(WaitingSubmission::revision).setHeader(getTranslation("review.queue.revision")).setKey("revision").setAutoWidth(true);
        grid.addColumn(row -> date.format(row.submittedAt().atZone(ZoneId.systemDefault())))
                .setHeader(getTranslation("review.queue.submitted")).setKey("submitted").setAutoWidth(true);
        grid.addComponentColumn(row -> {
            long days = daysWaiting(row.submittedAt());
            Span waiting = new Span(getTranslation("review.queue.days", days));
            if (days >= LONG_WAIT_DAYS) {
                waiting.addClassName("kasang-long-wait");
                waiting.getElement().getThemeList().add("badge error");
            }
            return waiting;
        }).setHeader(getTranslation("review.queue.waiting")).setKey("waiting").setAutoWidth(true);
        grid.setItems(query -> reviews.waiting(PageRequest.of(query.getPage(), query.getPageSize())).stream());
        grid.addItemClickListener(click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(ReviewView.class,
                new RouteParameters("submissionId", String.valueOf(click.getItem().submissionId())))));
        grid.setWidthFull();
        grid.setHeight("28rem");
        Paragraph intro = new Paragraph(getTranslation("review.queue.intro"));
        intro.addClassName("kasang-muted");
        add(new H2(getTranslation("review.queue.title")), intro, grid);
    }

    private String title(WaitingSubmission row) {
        return titles.computeIfAbsent(row.assignmentId(), id -> getTranslation("review.queue.assignment-of",
                catalogue.course(row.courseId()).title().in(getLocale()), catalogue.assignment(id, getLocale()).title().in(getLocale())));
    }

    private long daysWaiting(Instant submittedAt) {
        return Math.max(0, Duration.between(submittedAt, clock.instant()).toDays());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.queue.title");
    }
}
