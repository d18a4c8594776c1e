package org.kasang.indicators.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kasang.common.OffsetPage;
import org.kasang.indicators.IndicatorSummary;
import org.kasang.indicators.Indicators;
import org.kasang.indicators.ReportingPeriod;
import org.kasang.indicators.ReportingPeriods;

/** Programme staff define the indicators and the periods they report on. */
@Route("admin/indicators")
@RolesAllowed("ADMIN")
public class IndicatorsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<IndicatorSummary> grid = new Grid<>();
    final Grid<ReportingPeriod> periodGrid = new Grid<>();

    public IndicatorsView(Indicators indicators, ReportingPeriods periods) {
        addClassName("kasang-page");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(IndicatorSummary::code).setHeader(getTranslation("indicator.code")).setKey("code")
                .setAutoWidth(true);
        grid.addColumn(i -> i.name().in(getLocale())).setHeader(getTranslation("indicator.name")).setKey("name");
        grid.addColumn(i -> i.resultRef()).setHeader(getTranslation("indicator.result")).setAutoWidth(true);
        grid.addColumn(i -> getTranslation("indicator.unit." + i.unit())).setHeader(getTranslation("indicator.unit"))
                .setAutoWidth(true);
        grid.addComponentColumn(i -> new Button(getTranslation("common.edit"),
                        click -> new IndicatorDialog(indicators, periods, i.id(), this::refresh).open()))
                .setKey("edit").setAutoWidth(true);
        grid.setItems(query -> indicators.list(OffsetPage.of(query.getOffset(), query.getLimit())).stream());
        grid.setAllRowsVisible(true);

        periodGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        periodGrid.addColumn(ReportingPeriod::code).setHeader(getTranslation("period.code")).setAutoWidth(true);
        periodGrid.addColumn(p -> p.name().in(getLocale())).setHeader(getTranslation("period.name"));
        periodGrid.addColumn(p -> p.startsOn().toString()).setHeader(getTranslation("period.starts")).setAutoWidth(true);
        periodGrid.addColumn(p -> p.endsOn().toString()).setHeader(getTranslation("period.ends")).setAutoWidth(true);
        periodGrid.setItems(query -> periods.list(OffsetPage.of(query.getOffset(), query.getLimit())).stream());
        periodGrid.setAllRowsVisible(true);

        Button add = new Button(getTranslation("indicator.add"),
                click -> new IndicatorDialog(indicators, periods, null, this::refresh).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button addPeriod = new Button(getTranslation("period.add"),
                click -> new PeriodDialog(periods, this::refresh).open());
        add(new H2(getTranslation("indicator.title")), new HorizontalLayout(add, addPeriod), grid,
                new H3(getTranslation("period.title")), periodGrid);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        periodGrid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("indicator.title");
    }
}
