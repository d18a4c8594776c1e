package org.kasang.indicators.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.kasang.common.ui.NamesChoice;
import org.kasang.learning.XapiExport;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

/**
 * The learning records of a date range as xAPI statements for a learning record store. Members are pseudonymous
 * accounts unless names are ticked with a reason; the link stays off until then, and every export is logged.
 */
class XapiExportSection extends VerticalLayout {

    final DatePicker from = new DatePicker();
    final DatePicker until = new DatePicker();
    final NamesChoice names;
    final Anchor download;

    XapiExportSection(XapiExport xapi) {
        setPadding(false);
        from.setLabel(getTranslation("xapi.from"));
        until.setLabel(getTranslation("xapi.until"));
        names = new NamesChoice(this::update);
        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] json = xapi.statements(from.getValue(), until.getValue(), names.withNames(), names.reason());
            return new DownloadResponse(new ByteArrayInputStream(json), "kasang-xapi-" + from.getValue() + "-"
                    + until.getValue() + ".json", "application/json", json.length);
        }), getTranslation("xapi.download"));
        download.getElement().setAttribute("download", true);
        download.setId("download-xapi");
        from.addValueChangeListener(e -> update());
        until.addValueChangeListener(e -> update());
        FlexLayout dates = new FlexLayout(from, until);
        dates.addClassName("kasang-filters");
        Paragraph about = new Paragraph(getTranslation("xapi.about"));
        add(new H3(getTranslation("xapi.title")), about, dates, names, download);
        update();
    }

    /** Starts with the chosen reporting period's dates. */
    void period(LocalDate start, LocalDate end) {
        from.setValue(start);
        until.setValue(end);
    }

    private void update() {
        boolean dates = from.getValue() != null && until.getValue() != null && !from.getValue().isAfter(until.getValue());
        download.setEnabled(dates && names.ready());
    }
}
