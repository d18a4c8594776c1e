package org.kasang.indicators.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.kasang.learning.XapiExport;
import org.kasang.security.ExportLog;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

/**
 * The learning records of a date range as xAPI statements for a learning record store. Members are pseudonymous
 * accounts unless names are ticked with a reason; the link stays off until then, and every export is logged.
 */
class XapiExportSection extends VerticalLayout {

    final DatePicker from = new DatePicker();
    final DatePicker until = new DatePicker();
    final Checkbox withNames = new Checkbox();
    final TextArea reason = new TextArea();
    final Anchor download;

    XapiExportSection(XapiExport xapi) {
        setPadding(false);
        from.setLabel(getTranslation("xapi.from"));
        until.setLabel(getTranslation("xapi.until"));
        withNames.setLabel(getTranslation("export.with-names"));
        reason.setLabel(getTranslation("export.reason"));
        reason.setHelperText(getTranslation("export.reason.help", ExportLog.REASON_MIN));
        reason.setMaxLength(ExportLog.REASON_MAX);
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        reason.setWidthFull();
        reason.setVisible(false);
        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] json = xapi.statements(from.getValue(), until.getValue(), withNames.getValue(), reason.getValue());
            return new DownloadResponse(new ByteArrayInputStream(json), "kasang-xapi-" + from.getValue() + "-"
                    + until.getValue() + ".json", "application/json", json.length);
        }), getTranslation("xapi.download"));
        download.getElement().setAttribute("download", true);
        download.setId("download-xapi");
        from.addValueChangeListener(e -> update());
        until.addValueChangeListener(e -> update());
        withNames.addValueChangeListener(e -> {
            reason.setVisible(e.getValue());
            update();
        });
        reason.addValueChangeListener(e -> update());
        FlexLayout dates = new FlexLayout(from, until);
        dates.addClassName("kasang-filters");
        Paragraph about = new Paragraph(getTranslation("xapi.about"));
        Paragraph logged = new Paragraph(getTranslation("export.logged"));
        logged.addClassName("kasang-muted");
        add(new H3(getTranslation("xapi.title")), about, dates, withNames, reason, logged, download);
        update();
    }

    /** Starts with the chosen reporting period's dates. */
    void period(LocalDate start, LocalDate end) {
        from.setValue(start);
        until.setValue(end);
    }

    private void update() {
        boolean dates = from.getValue() != null && until.getValue() != null && !from.getValue().isAfter(until.getValue());
        boolean names = !withNames.getValue() || reason.getValue().strip().length() >= ExportLog.REASON_MIN;
        download.setEnabled(dates && names);
        reason.setInvalid(withNames.getValue() && !names && !reason.getValue().isEmpty());
        reason.setErrorMessage(getTranslation("export.error.reason", ExportLog.REASON_MIN));
    }
}
