package org.kasang.indicators.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kasang.common.Cambodia;
import org.kasang.common.OffsetPage;
import org.kasang.indicators.Dimension;
import org.kasang.indicators.IndicatorReport;
import org.kasang.indicators.IndicatorReports;
import org.kasang.indicators.ReportingPeriod;
import org.kasang.indicators.ReportCharts;
import org.kasang.indicators.ReportExports;
import org.kasang.indicators.ReportingPeriods;
import org.kasang.learning.XapiExport;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;

/**
 * The indicator table of a period: baseline, target, actual and % of target, the sentence under each
 * indicator, its breakdowns, and behind any figure the CBOs, people and evidence that make it. Admins see
 * small cells unsuppressed here: the screen does not leave Kasang, and they may open the names anyway.
 */
@Route("admin/report")
@RolesAllowed("ADMIN")
public class ReportView extends VerticalLayout implements HasDynamicTitle {

    /** The period's exports: each made when clicked, suppressed, and logged. */
    final Div downloads = new Div();
    final ComboBox<ReportingPeriod> period = new ComboBox<>();
    final Button compute = new Button();
    final Grid<IndicatorReport.Line> table = new Grid<>();
    final VerticalLayout details = new VerticalLayout();
    final Paragraph freshness = new Paragraph();
    final XapiExportSection xapi;
    private final IndicatorReports reports;
    private final ReportExports exports;
    private final ReportCharts charts;

    public ReportView(IndicatorReports reports, ReportingPeriods periods, ReportExports exports, ReportCharts charts,
                      XapiExport xapi) {
        this.reports = reports;
        this.exports = exports;
        this.charts = charts;
        this.xapi = new XapiExportSection(xapi);
        addClassName("kasang-page");
        downloads.setId("report-downloads");
        period.setLabel(getTranslation("report.period"));
        period.setItems(query -> periods.list(query.getFilter().orElse(""),
                OffsetPage.of(query.getOffset(), query.getLimit())).stream());
        period.setItemLabelGenerator(p -> p.name().in(getLocale()));
        period.addValueChangeListener(e -> show());
        compute.setText(getTranslation("report.compute"));
        compute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        compute.addClickListener(click -> {
            if (period.getValue() == null) {
                Notification.show(getTranslation("report.choose-period")).addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            int count = reports.compute(period.getValue().id());
            Notification.show(getTranslation("report.computed", count))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            show();
        });
        HorizontalLayout bar = new HorizontalLayout(period, compute);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.addColumn(IndicatorReport.Line::code).setHeader(getTranslation("indicator.code")).setKey("code")
                .setAutoWidth(true);
        table.addColumn(l -> l.name().in(getLocale())).setHeader(getTranslation("indicator.name")).setKey("name");
        table.addColumn(l -> l.baseline() == null ? "" : IndicatorReports.number(l.baseline()))
                .setHeader(getTranslation("report.baseline")).setKey("baseline").setAutoWidth(true);
        table.addColumn(l -> l.target() == null ? "" : IndicatorReports.number(l.target()))
                .setHeader(getTranslation("report.target")).setKey("target").setAutoWidth(true);
        table.addComponentColumn(l -> figure(l, l.total(), Dimension.TOTAL))
                .setHeader(getTranslation("report.actual")).setKey("actual").setAutoWidth(true);
        table.addColumn(l -> l.percentOfTarget() == null ? "" : IndicatorReports.number(l.percentOfTarget()) + "%")
                .setHeader(getTranslation("report.of-target")).setKey("of-target").setAutoWidth(true);
        table.setAllRowsVisible(true);
        table.setVisible(false);
        details.setPadding(false);
        freshness.setId("report-freshness");
        add(new H2(getTranslation("report.title")), bar, freshness, downloads, table, details, this.xapi);
    }

    private void show() {
        details.removeAll();
        downloads.removeAll();
        if (period.getValue() == null) {
            table.setVisible(false);
            freshness.setText("");
            return;
        }
        long periodId = period.getValue().id();
        xapi.period(period.getValue().startsOn(), period.getValue().endsOn());
        IndicatorReport report = reports.report(periodId);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(Cambodia.ZONE);
        freshness.setText(reports.freshness(periodId)
                .map(f -> getTranslation(f.evidenceChangedSince() ? "report.stale" : "report.fresh",
                        when.format(f.computedAt())))
                .orElse(getTranslation("report.never-computed")));
        if (!report.lines().isEmpty()) {
            downloads.add(new ReportDownloads(exports, () -> reports.report(periodId, true), getLocale()));
        }
        table.setItems(report.lines());
        table.setVisible(!report.lines().isEmpty());
        if (report.lines().isEmpty()) {
            details.add(new Paragraph(getTranslation("report.empty")));
        }
        for (IndicatorReport.Line line : report.lines()) {
            Paragraph sentence = new Paragraph(IndicatorReports.sentence(line, getLocale()));
            sentence.addClassName("report-sentence");
            details.add(new H3(line.code() + " " + line.name().in(getLocale())), sentence);
            details.add(chart(line, "trend", () -> charts.trend(line, getLocale())));
            if (line.breakdown().containsKey(Dimension.PROVINCE)) {
                details.add(chart(line, "by-province", () -> charts.byProvince(line, getLocale())));
            }
            for (Map.Entry<Dimension, List<IndicatorReport.Figure>> entry : line.breakdown().entrySet()) {
                HorizontalLayout cells = new HorizontalLayout();
                cells.setWrap(true);
                cells.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
                cells.add(new Span(getTranslation("report.dimension." + entry.getKey()) + ":"));
                entry.getValue().forEach(f -> cells.add(cell(line, f, entry.getKey())));
                details.add(cells);
            }
        }
    }

    /** A server-drawn chart, made when the browser asks for the image; lazy, so a long report stays light. */
    private Image chart(IndicatorReport.Line line, String kind, java.util.function.Supplier<byte[]> png) {
        Image image = new Image(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = png.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), line.code() + "-" + kind + ".png", "image/png",
                    bytes.length);
        }), getTranslation("report.chart." + kind, line.name().in(getLocale())));
        image.getElement().setAttribute("loading", "lazy");
        image.addClassName("kasang-chart");
        return image;
    }

    private Component cell(IndicatorReport.Line line, IndicatorReport.Figure f, Dimension dimension) {
        Span label = new Span(f.label().in(getLocale()));
        return new HorizontalLayout(label, figure(line, f, dimension));
    }

    /** A figure as a button that opens what is behind it. */
    private Component figure(IndicatorReport.Line line, IndicatorReport.Figure f, Dimension dimension) {
        if (f == null) {
            return new Span();
        }
        if (f.suppressed()) {
            return new Span(getTranslation("report.suppressed"));
        }
        String text = f.denominator() == null
                ? String.valueOf(f.numerator())
                : getTranslation("report.figure", value(line, f.value()), f.numerator(), f.denominator());
        Button open = new Button(text, click -> new DrillDownDialog(
                reports.drillDown(line.code(), period.getValue().id(), dimension, f.category()),
                line.name().in(getLocale()), f.label().in(getLocale()), exports, period.getValue().code()).open());
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return open;
    }

    private static String value(IndicatorReport.Line line, BigDecimal value) {
        String number = IndicatorReports.number(value == null ? BigDecimal.ZERO : value);
        return line.factor() == 100 ? number + "%" : number;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.title");
    }
}
