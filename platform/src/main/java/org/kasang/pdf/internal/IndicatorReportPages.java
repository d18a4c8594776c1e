package org.kasang.pdf.internal;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * An indicator report on A4 landscape: the title and period, the indicator table (code, name, baseline, target,
 * actual, % of target), then per indicator its sentence and its charts side by side. Every page is numbered.
 */
public final class IndicatorReportPages implements AutoCloseable {

    /** One indicator's row in the table; figures already formatted, a suppressed one as its marker. */
    public record Row(String code, String name, String baseline, String target, String actual, String percentOfTarget) {
    }

    /** @param charts PNG images, drawn side by side */
    public record Section(String code, String name, String sentence, List<byte[]> charts) {
    }

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    public static final float MARGIN = 48;
    private static final float CHART_GAP = 12;
    private static final Color RULE = new Color(0xC4, 0xCD, 0xD3);

    private final PdfFile file;
    private final TypeSetter setter;
    private final Flow flow;
    private final Labels labels;
    private final Style body = Style.of(10);

    public IndicatorReportPages(Fonts fonts, Labels labels, String title) {
        this.labels = labels;
        this.file = new PdfFile(fonts, title, labels.locale());
        this.setter = new TypeSetter(fonts);
        this.flow = new Flow(file, setter, PAGE, MARGIN, MARGIN, 44);
    }

    public byte[] render(String title, String period, String note, List<Row> rows, List<Section> sections) {
        flow.newPage();
        text(title, body.size(18).asBold());
        flow.space(4);
        text(period, body.size(12).color(Style.ACCENT).asBold());
        flow.space(12);
        table(rows);
        flow.space(6);
        text(note, body.size(8.5f).color(Style.MUTED));
        for (Section section : sections) {
            section(section);
        }
        Style small = body.size(8).color(Style.MUTED);
        List<PageCanvas> pages = file.pages();
        for (int i = 0; i < pages.size(); i++) {
            Line number = setter.lines(RichText.of(labels.get("report-export.pdf.page", i + 1, pages.size()), small),
                    flow.width()).get(0);
            pages.get(i).line(number, flow.left() + (flow.width() - number.width()) / 2, PAGE.getHeight() - 22);
        }
        return file.toBytes();
    }

    @Override
    public void close() {
        file.close();
    }

    private void table(List<Row> rows) {
        List<List<RichText>> cells = new ArrayList<>();
        List<Boolean> header = new ArrayList<>();
        Style bold = body.asBold();
        cells.add(List.of(RichText.of(labels.get("report-export.column.code"), bold),
                RichText.of(labels.get("report-export.column.name"), bold),
                RichText.of(labels.get("report-export.column.baseline"), bold),
                RichText.of(labels.get("report-export.column.target"), bold),
                RichText.of(labels.get("report-export.column.actual"), bold),
                RichText.of(labels.get("report-export.column.percent-of-target"), bold)));
        header.add(true);
        for (Row row : rows) {
            cells.add(List.of(RichText.of(row.code(), bold), RichText.of(row.name(), body),
                    RichText.of(row.baseline(), body), RichText.of(row.target(), body),
                    RichText.of(row.actual(), bold), RichText.of(row.percentOfTarget(), body)));
            header.add(false);
        }
        new Table(flow, cells, header).draw(0);
    }

    private void section(Section section) {
        List<Line> heading = flow.set(RichText.of(section.code() + "  ", body.size(12).asBold().color(Style.ACCENT))
                .add(section.name(), body.size(12).asBold()), flow.width());
        List<Line> sentence = flow.set(RichText.of(section.sentence(), body.size(11)), flow.width());
        float chartWidth = section.charts().isEmpty() ? 0
                : (flow.width() - CHART_GAP * (section.charts().size() - 1)) / section.charts().size();
        float chartHeight = 0;
        List<org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject> images = new ArrayList<>();
        for (int i = 0; i < section.charts().size(); i++) {
            var image = file.image(section.code() + "-chart-" + i, section.charts().get(i));
            if (image.isPresent()) {
                images.add(image.get());
                chartHeight = Math.max(chartHeight, chartWidth * image.get().getHeight() / image.get().getWidth());
            }
        }
        flow.space(18);
        // The heading stays with its sentence and charts.
        flow.ensure(flow.height(heading) + flow.height(sentence) + chartHeight + 12);
        if (!flow.atTop()) {
            flow.page().rule(flow.left(), flow.y(), flow.left() + flow.width(), flow.y(), RULE, 0.5f);
            flow.advance(10);
        }
        flow.lines(heading, 0, flow.width(), Flow.Align.LEFT);
        flow.space(2);
        flow.lines(sentence, 0, flow.width(), Flow.Align.LEFT);
        if (!images.isEmpty()) {
            flow.space(8);
            flow.ensure(chartHeight);
            float x = flow.left();
            for (var image : images) {
                float height = chartWidth * image.getHeight() / image.getWidth();
                flow.page().image(image, x, flow.y(), chartWidth, height);
                x += chartWidth + CHART_GAP;
            }
            flow.advance(chartHeight);
        }
    }

    private void text(String text, Style style) {
        flow.lines(flow.set(RichText.of(text, style), flow.width()), 0, flow.width(), Flow.Align.LEFT);
    }
}
