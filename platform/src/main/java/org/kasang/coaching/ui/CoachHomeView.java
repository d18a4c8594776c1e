package org.kasang.coaching.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
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
import org.kasang.coaching.CboList;
import org.kasang.common.OffsetPage;

import java.util.ArrayList;
import java.util.List;

/** A coach's CBOs with, per course, how many members are enrolled, in progress and done. Lazy and paged. */
@Route("coach")
@RolesAllowed({"COACH", "ADMIN"})
public class CoachHomeView extends VerticalLayout implements HasDynamicTitle {

    final Grid<CboOverview> grid = new Grid<>();
    final TextField filter = new TextField();
    final Select<CboList.Order> order = new Select<>();
    final Checkbox waitingOnly = new Checkbox();

    public CoachHomeView(CoachingService coaching, CatalogueService catalogue, NeedsAttention needsAttention,
                         CoachingSessions sessions) {
        addClassName("kasang-page");
        setSizeFull();
        filter.setPlaceholder(getTranslation("coach.filter"));
        filter.setAriaLabel(getTranslation("coach.filter"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        order.setLabel(getTranslation("coach.order"));
        order.setItems(CboList.Order.values());
        order.setItemLabelGenerator(o -> getTranslation("coach.order." + o.name()));
        order.setValue(CboList.Order.NAME);
        order.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        waitingOnly.setLabel(getTranslation("coach.waiting-only"));
        waitingOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        FlexLayout controls = new FlexLayout(filter, order, waitingOnly);
        controls.addClassName("kasang-filters");

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // One column for the CBO, its district and members, so a phone still shows the first course.
        grid.addColumn(row -> getTranslation("coach.cbo.summary", row.cbo().getName(),
                        row.cbo().getCommune().getDistrict().name(getLocale()), row.members()))
                .setHeader(getTranslation("coach.cbo")).setFrozen(true).setWidth("10rem").setFlexGrow(0);
        grid.addColumn(row -> waiting(row.waiting())).setHeader(getTranslation("coach.waiting"))
                .setKey("waiting").setWidth("9rem").setFlexGrow(0);
        for (CourseSummary course : catalogue.publishedCourses()) {
            grid.addColumn(row -> counts(row.course(course.id())))
                    .setHeader(course.title().in(getLocale()))
                    .setTooltipGenerator(row -> getTranslation("coach.counts.legend"))
                    .setWidth("10rem");
        }
        grid.setItems(query -> coaching.myCbos(new CboList(filter.getValue(), order.getValue(), waitingOnly.getValue()),
                OffsetPage.of(query.getOffset(), query.getLimit())).stream());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(CboProgressView.class,
                new RouteParameters("cboId", String.valueOf(click.getItem().cbo().getId())))));
        grid.setSizeFull();
        grid.setId("my-cbos");

        add(new H2(getTranslation("coach.title")), new NeedsAttentionPanel(needsAttention, catalogue),
                new OverdueActionsSection(sessions), controls, grid);
    }

    private String waiting(CboOverview.Waiting waiting) {
        if (waiting.total() == 0) {
            return getTranslation("coach.waiting.nothing");
        }
        List<String> parts = new ArrayList<>();
        if (waiting.help() > 0) {
            parts.add(getTranslation("coach.waiting.help", waiting.help()));
        }
        if (waiting.reviews() > 0) {
            parts.add(getTranslation("coach.waiting.reviews", waiting.reviews()));
        }
        if (waiting.overdue() > 0) {
            parts.add(getTranslation("coach.waiting.overdue", waiting.overdue()));
        }
        return String.join(" · ", parts);
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
