package org.kasang.indicators.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.kasang.common.Csv;
import org.kasang.indicators.IndicatorReport;
import org.kasang.indicators.ReportExports;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Links to download the report on screen as CSV, XLSX, PDF and DHIS2 JSON. Each file is made when it is
 * clicked, from the report as it is then, and logged by the service.
 */
public class ReportDownloads extends Div {

    public ReportDownloads(ReportExports exports, Supplier<IndicatorReport> report, Locale locale) {
        addClassName("kasang-downloads");
        add(link("download-csv", "report-export.download.csv", "csv", Csv.MEDIA_TYPE, report,
                r -> exports.csv(r, locale)));
        add(link("download-xlsx", "report-export.download.xlsx", "xlsx", ReportExports.XLSX_TYPE, report,
                r -> exports.xlsx(r, locale)));
        add(link("download-pdf", "report-export.download.pdf", "pdf", "application/pdf", report,
                r -> exports.pdf(r, locale)));
        add(link("download-dhis2", "report-export.download.dhis2", "dhis2.json", "application/json", report,
                exports::dhis2));
    }

    private Anchor link(String id, String label, String extension, String type, Supplier<IndicatorReport> report,
                        Function<IndicatorReport, byte[]> make) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            IndicatorReport current = report.get();
            byte[] bytes = make.apply(current);
            return new DownloadResponse(new ByteArrayInputStream(bytes),
                    ReportExports.fileName(current, extension), type, bytes.length);
        }), getTranslation(label));
        anchor.getElement().setAttribute("download", true);
        anchor.setId(id);
        return anchor;
    }
}
