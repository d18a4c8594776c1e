package org.kasang.indicators.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kasang.catalogue.CatalogueService;
import org.kasang.indicators.AreaLevel;
import org.kasang.indicators.CapacityArea;
import org.kasang.indicators.CapacityAreas;
import org.kasang.indicators.CapacityStates;

import java.util.stream.Collectors;

/** Programme staff list the capacity areas and define or change one with its levels and rules. */
@Route("admin/capacity")
@RolesAllowed("ADMIN")
public class CapacityAreasView extends VerticalLayout implements HasDynamicTitle {

    final Grid<CapacityArea> grid = new Grid<>();
    final Button create = new Button();
    final Button rebuild = new Button();

    public CapacityAreasView(CapacityAreas areas, CapacityStates states, CatalogueService catalogue) {
        addClassNames("kasang-page", "kasang-capacity-areas");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(CapacityArea::code).setHeader(getTranslation("capacity.code")).setKey("code").setAutoWidth(true);
        grid.addColumn(a -> a.name().in(getLocale())).setHeader(getTranslation("capacity.name")).setKey("name");
        grid.addColumn(a -> a.levels().stream().map(l -> l.rank() + ". " + levelName(l, getLocale()))
                        .collect(Collectors.joining(" · ")))
                .setHeader(getTranslation("capacity.levels")).setKey("levels");
        grid.addComponentColumn(a -> {
            Button edit = new Button(getTranslation("capacity.edit"),
                    e -> new AreaEditor(areas, catalogue, areas.area(a.id()), () -> grid.getDataProvider().refreshAll()).open());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return edit;
        }).setKey("edit").setAutoWidth(true).setFlexGrow(0);
        // A programme has a handful of areas, but the grid still asks for a page at a time.
        grid.setItems(query -> areas.list().stream().skip(query.getOffset()).limit(query.getLimit()));
        grid.setWidthFull();
        create.setText(getTranslation("capacity.new"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> new AreaEditor(areas, catalogue, null, () -> grid.getDataProvider().refreshAll()).open());
        rebuild.setText(getTranslation("capacity.rebuild"));
        rebuild.addClickListener(e -> Notification.show(getTranslation("capacity.rebuilt", states.rebuild())));
        Paragraph intro = new Paragraph(getTranslation("capacity.intro"));
        intro.addClassName("kasang-muted");
        add(new H2(getTranslation("capacity.title")), intro, new HorizontalLayout(create, rebuild), grid);
    }

    static String levelName(AreaLevel level, java.util.Locale locale) {
        return locale.getLanguage().equals("km") ? level.nameKm() : level.nameEn();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("capacity.title");
    }
}
