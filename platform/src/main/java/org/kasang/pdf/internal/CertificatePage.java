package org.kasang.pdf.internal;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A certificate of completion: one A4 landscape page, centred text inside a double border. */
public final class CertificatePage {

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float TEXT_WIDTH = PAGE.getWidth() - 200;

    private record Block(List<Line> lines, float spaceBefore) {
    }

    private final Fonts fonts;
    private final TypeSetter setter;
    private final Labels labels;
    private final Style base = Style.of(13);

    public CertificatePage(Fonts fonts, Labels labels) {
        this.fonts = fonts;
        this.setter = new TypeSetter(fonts);
        this.labels = labels;
    }

    public byte[] render(String learner, String course, String cbo, LocalDate completedOn, String reference) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block(set(labels.get("app.name"), base.size(14).asBold().color(Style.ACCENT)), 0));
        blocks.add(new Block(set(labels.get("pdf.certificate.title"), base.size(30).asBold()), 14));
        blocks.add(new Block(set(labels.get("pdf.certificate.certifies"), base.color(Style.MUTED)), 30));
        blocks.add(new Block(fitted(learner, base.asBold().color(Style.ACCENT), 34, 22), 8));
        blocks.add(new Block(set(labels.get("pdf.certificate.completed"), base.color(Style.MUTED)), 8));
        blocks.add(new Block(fitted(course, base.asBold(), 21, 16), 6));
        if (cbo != null && !cbo.isBlank()) {
            blocks.add(new Block(set(labels.get("pdf.certificate.member-of", cbo), base.color(Style.MUTED)), 12));
        }
        blocks.add(new Block(set(labels.get("pdf.certificate.completed-on", labels.date(completedOn)), base), 22));

        try (PdfFile file = new PdfFile(fonts, labels.get("pdf.certificate.document-title", course), labels.locale())) {
            Flow flow = new Flow(file, setter, PAGE, 100, 60, 90);
            flow.newPage();
            PageCanvas page = flow.page();
            page.strokeRect(22, 22, PAGE.getWidth() - 44, PAGE.getHeight() - 44, Style.ACCENT, 2.4f);
            page.strokeRect(30, 30, PAGE.getWidth() - 60, PAGE.getHeight() - 60, Style.ACCENT, 0.6f);

            float height = 0;
            for (Block block : blocks) {
                height += block.spaceBefore() + flow.height(block.lines());
            }
            flow.advance(Math.max(0, (flow.bodyHeight() - height) / 2));
            for (int i = 0; i < blocks.size(); i++) {
                flow.advance(blocks.get(i).spaceBefore());
                flow.lines(blocks.get(i).lines(), 0, TEXT_WIDTH, Flow.Align.CENTER);
                if (i == 1) {
                    float middle = PAGE.getWidth() / 2;
                    page.rule(middle - 40, flow.y() + 6, middle + 40, flow.y() + 6, Style.ACCENT, 1.2f);
                }
            }

            Style small = base.size(9).color(Style.MUTED);
            footer(page, set(labels.get("app.name") + "  \u00B7  " + labels.get("pdf.certificate.tagline"), small),
                    PAGE.getHeight() - 62);
            footer(page, set(labels.get("pdf.certificate.reference", reference), small.size(8)), PAGE.getHeight() - 47);
            return file.toBytes();
        }
    }

    private void footer(PageCanvas page, List<Line> lines, float baseline) {
        for (Line line : lines.subList(0, Math.min(1, lines.size()))) {
            page.line(line, (PAGE.getWidth() - line.width()) / 2, baseline);
        }
    }

    private List<Line> set(String text, Style style) {
        return setter.lines(RichText.of(text, style), TEXT_WIDTH);
    }

    /** The largest size, down to {@code smallest}, at which the text fits on one line; wrapped at the smallest. */
    private List<Line> fitted(String text, Style style, float largest, float smallest) {
        List<Line> lines = List.of();
        for (float size = largest; size >= smallest; size -= 2) {
            lines = setter.lines(RichText.of(text, style.size(size)), TEXT_WIDTH);
            if (lines.size() <= 1) {
                return lines;
            }
        }
        return lines;
    }
}
