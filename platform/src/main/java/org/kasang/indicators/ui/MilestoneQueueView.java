package org.kasang.indicators.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kasang.indicators.Milestone;
import org.kasang.indicators.Milestones;
import org.springframework.data.domain.PageRequest;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Reported milestones of my CBOs waiting for verification, oldest first, with their proof and the decision. */
@Route("coach/milestones")
@RolesAllowed({"COACH", "ADMIN"})
public class MilestoneQueueView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Milestone> grid = new Grid<>();

    public MilestoneQueueView(Milestones milestones) {
        addClassNames("kasang-page", "kasang-milestone-queue");
        setSizeFull();
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Milestone::cboName).setHeader(getTranslation("milestone.queue.cbo")).setKey("cbo")
                .setFrozen(true).setWidth("10rem").setFlexGrow(0);
        grid.addColumn(m -> getTranslation("milestone.line", getTranslation("milestone.kind." + m.kind().name()),
                        getTranslation("milestone.level." + m.level().name()), date.format(m.occurredOn())))
                .setHeader(getTranslation("milestone.queue.what")).setKey("what").setWidth("14rem");
        grid.addColumn(m -> getTranslation("milestone.about", m.issue(), m.authority()))
                .setHeader(getTranslation("milestone.issue")).setKey("issue").setWidth("16rem");
        grid.addComponentColumn(m -> new ProofLinks(milestones, m))
                .setHeader(getTranslation("milestone.proof")).setKey("files").setAutoWidth(true);
        grid.addColumn(Milestone::reportedByName).setHeader(getTranslation("milestone.queue.reporter")).setKey("reporter")
                .setAutoWidth(true);
        grid.addComponentColumn(m -> milestones.mayDecide(m)
                        ? MilestoneActions.of(milestones, m, () -> grid.getDataProvider().refreshAll()) : new Span())
                .setHeader(getTranslation("milestone.queue.actions")).setKey("actions").setAutoWidth(true);
        grid.setItems(query -> milestones.waiting(PageRequest.of(query.getPage(), query.getPageSize())).stream());
        grid.setWidthFull();
        grid.setHeight("28rem");
        Paragraph intro = new Paragraph(getTranslation("milestone.queue.intro"));
        intro.addClassName("kasang-muted");
        add(new H2(getTranslation("milestone.queue.title")), intro, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("milestone.queue.title");
    }
}
