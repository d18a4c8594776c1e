package org.kasang.catalogue.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.CourseSummary;

/** The trainer's home: the courses in the catalogue, their versions and languages. */
@Route("trainer/courses")
@RolesAllowed({"TRAINER", "ADMIN"})
public class CoursesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<CourseSummary> grid = new Grid<>();

    public CoursesView(CatalogueService catalogue) {
        addClassName("kasang-page");
        setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(c -> c.title().in(getLocale())).setHeader(getTranslation("courses.title-column")).setAutoWidth(true);
        grid.addColumn(CourseSummary::version).setHeader(getTranslation("courses.version"));
        grid.addColumn(c -> getTranslation("topic." + c.topic())).setHeader(getTranslation("courses.topic")).setAutoWidth(true);
        grid.addColumn(CourseSummary::languages).setHeader(getTranslation("courses.languages"));
        grid.addColumn(c -> getTranslation("learn.minutes", c.estimatedMinutes())).setHeader(getTranslation("courses.time"));
        grid.setItems(catalogue.publishedCourses());
        grid.setSizeFull();
        add(new H2(getTranslation("courses.heading")), new Paragraph(getTranslation("courses.intro")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("courses.heading");
    }
}
