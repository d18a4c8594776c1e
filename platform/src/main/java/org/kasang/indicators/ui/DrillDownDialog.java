package org.kasang.indicators.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.kasang.common.Csv;
import org.kasang.common.ui.NamesChoice;
import org.kasang.indicators.ReportExports;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import org.kasang.indicators.DrillDown;
import org.kasang.indicators.Unit;

import java.util.stream.Collectors;

/** The CBOs and people behind one figure, with the evidence that made each count. */
class DrillDownDialog extends Dialog {

    final Grid<DrillDown.Row> grid = new Grid<>();

    final NamesChoice names;
    final Anchor download;

    DrillDownDialog(DrillDown drill, String indicatorName, String categoryLabel, ReportExports exports,
                    String periodCode) {
        setHeaderTitle(getTranslation("report.drill.title", drill.indicatorCode(), indicatorName, categoryLabel));
        setWidth("60em");
        setMaxWidth("100%");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(DrillDown.Row::cboName).setHeader(getTranslation("report.drill.cbo")).setKey("cbo");
        if (drill.unit() == Unit.PEOPLE) {
            grid.addColumn(DrillDown.Row::personName).setHeader(getTranslation("report.drill.person")).setKey("person");
        }
        grid.addColumn(r -> r.district().in(getLocale())).setHeader(getTranslation("report.drill.district"))
                .setKey("district");
        grid.addColumn(r -> r.province().in(getLocale())).setHeader(getTranslation("report.drill.province"))
                .setKey("province");
        grid.addColumn(r -> r.evidence().stream()
                        .map(e -> getTranslation("report.drill.evidence-item",
                                getTranslation("report.evidence." + e.kind().name()), e.occurredOn().toString(), e.id()))
                        .collect(Collectors.joining("; ")))
                .setHeader(getTranslation("report.drill.evidence")).setKey("evidence");
        // At most the figure's numerator rows, already computed in full to find them.
        grid.setItems(drill.rows());
        add(new Paragraph(getTranslation(drill.unit() == Unit.PEOPLE ? "report.drill.count-people"
                : "report.drill.count-cbos", drill.rows().size())), grid);
        Locale locale = getLocale();
        names = drill.unit() == Unit.PEOPLE ? new NamesChoice(this::namesChanged) : null;
        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = exports.drillDownCsv(drill, periodCode, names != null && names.withNames(),
                    names == null ? null : names.reason(), locale);
            return new DownloadResponse(new ByteArrayInputStream(csv), "kasang-" + drill.indicatorCode() + "-"
                    + periodCode + "-" + drill.category() + ".csv", Csv.MEDIA_TYPE, csv.length);
        }), getTranslation("report.drill.download"));
        download.getElement().setAttribute("download", true);
        download.setId("drill-down-download");
        if (names != null) {
            add(names);
        }
        getFooter().add(new Button(getTranslation("common.close"), click -> close()), download);
    }

    private void namesChanged() {
        download.setEnabled(names.ready());
    }
}
