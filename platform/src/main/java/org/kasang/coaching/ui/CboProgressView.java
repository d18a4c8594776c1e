package org.kasang.coaching.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.CourseSummary;
import org.kasang.coaching.CoachingService;
import org.kasang.coaching.MemberOverview;
import org.kasang.learning.MemberCourseState;
import org.kasang.organisations.Cbo;
import org.springframework.data.domain.PageRequest;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** One CBO's members and where each stands in each course. Outside the coach's scope it shows nothing. */
@Route("coach/cbo/:cboId")
@RolesAllowed({"COACH", "ADMIN"})
public class CboProgressView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CoachingService coaching;
    private final CatalogueService catalogue;
    final Grid<MemberOverview> grid = new Grid<>();
    private String title = "";

    public CboProgressView(CoachingService coaching, CatalogueService catalogue) {
        this.coaching = coaching;
        this.catalogue = catalogue;
        addClassName("kasang-page");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long cboId = event.getRouteParameters().getLong("cboId").orElseThrow(() -> new java.util.NoSuchElementException("cbo"));
        Cbo cbo = coaching.cbo(cboId);
        title = cbo.getName();
        removeAll();
        grid.removeAllColumns();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(row -> row.member().fullName()).setHeader(getTranslation("coach.member")).setFrozen(true)
                .setWidth("9rem").setFlexGrow(0);
        for (CourseSummary course : catalogue.publishedCourses()) {
            grid.addColumn(row -> row.course(course.id()).map(this::describe).orElse(getTranslation("coach.not-enrolled")))
                    .setHeader(course.title().in(getLocale())).setAutoWidth(true);
        }
        grid.setItems(query -> coaching.members(cboId, PageRequest.of(query.getPage(), query.getPageSize())).stream());
        grid.setSizeFull();
        add(new H2(title), new Paragraph(getTranslation("coach.cbo.place", cbo.getCommune().name(getLocale()),
                cbo.getCommune().getDistrict().name(getLocale()),
                cbo.getCommune().getDistrict().getProvince().name(getLocale()))), grid);
    }

    private String describe(MemberCourseState state) {
        String when = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(state.lastActivityAt().atZone(ZoneId.systemDefault()));
        String status = getTranslation("status.course." + state.status().name());
        if (state.completedMode() != null && state.completedMode() != org.kasang.learning.Mode.SELF) {
            status = status + " · " + getTranslation("mode." + state.completedMode().name());
        }
        return getTranslation("coach.member.state", status, state.itemsCompleted(), when);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
