package org.kasang.coaching.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.CourseSummary;
import org.kasang.coaching.CboOverview;
import org.kasang.coaching.CoachingService;
import org.kasang.coaching.NeedsAttention;
import org.kasang.coaching.CoachingSessions;
import org.kasang.learning.CboCourseCounts;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** A coach's CBOs with, per course, how many members are enrolled, in progress and done. Lazy and paged. */
@Route("coach")
@RolesAllowed({"COACH", "ADMIN"})
public class CoachHomeView extends VerticalLayout implements HasDynamicTitle {

    final Grid<CboOverview> grid = new Grid<>();
    final TextField filter = new TextField();

    public CoachHomeView(CoachingService coaching, CatalogueService catalogue, NeedsAttention needsAttention,
                         CoachingSessions sessions) {
        addClassName("kasang-page");
        setSizeFull();
        filter.setPlaceholder(getTranslation("coach.filter"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // One column for the CBO, its district and members, so a phone still shows the first course.
        grid.addColumn(row -> getTranslation("coach.cbo.summary", row.cbo().getName(),
                        row.cbo().getCommune().getDistrict().name(getLocale()), row.members()))
                .setHeader(getTranslation("coach.cbo")).setFrozen(true).setWidth("10rem").setFlexGrow(0);
        for (CourseSummary course : catalogue.publishedCourses()) {
            grid.addColumn(row -> counts(row.course(course.id())))
                    .setHeader(course.title().in(getLocale()))
                    .setTooltipGenerator(row -> getTranslation("coach.counts.legend"))
                    .setWidth("10rem");
        }
        grid.setItems(query -> coaching.myCbos(filter.getValue(),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.unsorted())).stream());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(CboProgressView.class,
                new RouteParameters("cboId", String.valueOf(click.getItem().cbo().getId())))));
        grid.setSizeFull();

        add(new H2(getTranslation("coach.title")), new NeedsAttentionPanel(needsAttention, catalogue),
                new OverdueActionsSection(sessions), filter, grid);
    }

    private String counts(CboCourseCounts counts) {
        String text = getTranslation("coach.counts", counts.enrolled(), counts.inProgress(), counts.completed());
        return counts.helpOpen() > 0 ? text + " · " + getTranslation("coach.counts.help", counts.helpOpen()) : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coach.title");
    }
}
