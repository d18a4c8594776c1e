package org.kasang.coaching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.CourseSummary;
import org.kasang.coaching.CoachingSession;
import org.kasang.coaching.CoachingSessions;
import org.kasang.coaching.SessionKind;
import org.springframework.data.domain.PageRequest;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** A CBO's coaching sessions, newest first, and the way to log a new one. */
class SessionsSection extends Div {

    final Grid<CoachingSession> grid = new Grid<>();

    SessionsSection(CoachingSessions sessions, CatalogueService catalogue, long cboId) {
        Button log = new Button(getTranslation("session.log"), click -> getUI().ifPresent(ui ->
                ui.navigate(LogSessionView.class, new RouteParameters("cboId", String.valueOf(cboId)))));
        log.setId("log-session");
        boolean none = sessions.history(cboId, PageRequest.of(0, 1)).isEmpty();
        grid.setId("cbo-sessions");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(s -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(s.heldOn()))
                .setHeader(getTranslation("sessions.date")).setAutoWidth(true).setFlexGrow(0);
        var courses = catalogue.publishedCourses().stream()
                .collect(java.util.stream.Collectors.toMap(CourseSummary::id, c -> c.title().in(getLocale())));
        grid.addColumn(s -> s.kind() == SessionKind.FACILITATED && courses.containsKey(s.courseId())
                        ? getTranslation("session.kind." + s.kind().name()) + " · " + courses.get(s.courseId())
                        : getTranslation("session.kind." + s.kind().name()))
                .setHeader(getTranslation("sessions.kind")).setAutoWidth(true);
        grid.addColumn(s -> String.join(", ", s.topics())).setHeader(getTranslation("sessions.topics")).setFlexGrow(2);
        grid.addColumn(CoachingSession::present).setHeader(getTranslation("sessions.present")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(CoachingSession::coachName).setHeader(getTranslation("sessions.coach")).setAutoWidth(true);
        grid.addColumn(CoachingSession::openActions).setHeader(getTranslation("sessions.open-actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> sessions.history(cboId, PageRequest.of(query.getPage(), query.getPageSize())).stream());
        grid.setHeight("16rem");
        grid.setWidthFull();
        grid.setVisible(!none);
        Paragraph empty = new Paragraph(getTranslation("sessions.none"));
        empty.setVisible(none);
        setWidthFull();
        add(new H3(getTranslation("sessions.title")), log, empty, grid);
    }
}
