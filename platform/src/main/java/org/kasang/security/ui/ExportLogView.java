package org.kasang.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kasang.common.Cambodia;
import org.kasang.security.ExportLog;
import org.springframework.data.domain.PageRequest;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Who exported people's data, when, what, with names or not, and why: for programme staff to check. */
@Route("admin/exports")
@RolesAllowed("ADMIN")
public class ExportLogView extends VerticalLayout implements HasDynamicTitle {

    final Grid<ExportLog.Entry> grid = new Grid<>();

    public ExportLogView(ExportLog log) {
        addClassName("kasang-page");
        setSizeFull();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(Cambodia.ZONE);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(entry -> when.format(entry.at())).setHeader(getTranslation("export-log.when")).setAutoWidth(true);
        grid.addColumn(ExportLog.Entry::by).setHeader(getTranslation("export-log.by")).setAutoWidth(true);
        grid.addColumn(entry -> getTranslation("export-log.kind." + entry.kind()) + ": " + entry.subject())
                .setHeader(getTranslation("export-log.what"));
        grid.addColumn(entry -> getTranslation(entry.withNames() ? "export-log.names.yes" : "export-log.names.no"))
                .setHeader(getTranslation("export-log.names")).setAutoWidth(true);
        grid.addColumn(entry -> entry.reason() == null ? "" : entry.reason()).setHeader(getTranslation("export-log.reason"));
        grid.addColumn(ExportLog.Entry::rows).setHeader(getTranslation("export-log.rows")).setAutoWidth(true);
        grid.setItems(query -> log.entries(PageRequest.of(query.getPage(), query.getPageSize())).stream());
        grid.setSizeFull();
        add(new H2(getTranslation("export-log.title")), new Paragraph(getTranslation("export-log.about")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("export-log.title");
    }
}
