package org.kasang.pdf.internal;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * A course to study offline, on A4: a cover with the contents, then each module from a new page with its
 * lessons, quizzes with empty boxes to tick and assignments with room to write. The course title heads
 * every page after the cover, and every page is numbered.
 */
public final class Booklet implements AutoCloseable {

    public record Question(String prompt, List<String> options) {
    }

    /** @param kind as the course package writes it: "text", "long-text", "number", "date", "choice" */
    public record Field(String kind, String label, String help, List<String> choices) {
    }

    private record ContentsEntry(PageCanvas page, float baseline) {
    }

    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float MARGIN = 56;
    private static final float NUMBER_INDENT = 22;
    private static final float BOX_INDENT = 20;
    private static final float WRITING_LINE = 24;
    private static final Color RULE = new Color(0xC4, 0xCD, 0xD3);
    private static final Color WRITING = new Color(0xA9, 0xB4, 0xBB);

    private final PdfFile file;
    private final TypeSetter setter;
    private final Flow flow;
    private final Labels labels;
    private final HtmlBlocks html;
    private final Style body = Style.of(11);
    private final String courseTitle;
    private final List<ContentsEntry> contents = new ArrayList<>();
    private final List<Integer> modulePages = new ArrayList<>();
    private boolean firstInModule;

    public Booklet(Fonts fonts, Labels labels, String courseTitle, HtmlBlocks.Images images) {
        this.labels = labels;
        this.courseTitle = courseTitle;
        this.file = new PdfFile(fonts, courseTitle, labels.locale());
        this.setter = new TypeSetter(fonts);
        this.flow = new Flow(file, setter, A4, MARGIN, 64, 62);
        this.html = new HtmlBlocks(flow, body, images);
    }

    public void cover(String summary, int minutes, List<String> moduleTitles) {
        flow.newPage();
        flow.page().fillRect(0, 0, A4.getWidth(), 10, Style.ACCENT);
        text(labels.get("app.name") + "  \u00B7  " + labels.get("pdf.booklet.label"), body.size(10).asBold().color(Style.ACCENT));
        flow.advance(40);
        text(courseTitle, body.size(24).asBold());
        flow.space(14);
        text(summary, body.size(12).color(Style.MUTED));
        flow.space(12);
        if (minutes > 0) {
            text(labels.get("pdf.booklet.minutes", minutes), body.asBold().color(Style.ACCENT));
        }
        flow.space(24);
        flow.ensure(60);
        flow.page().rule(flow.left(), flow.y(), flow.left() + flow.width(), flow.y(), RULE, 0.8f);
        flow.advance(18);
        text(labels.get("pdf.booklet.contents"), body.size(13).asBold());
        flow.space(6);
        for (int i = 0; i < moduleTitles.size(); i++) {
            var label = flow.set(RichText.of(labels.get("pdf.booklet.module", i + 1), body.size(9.5f).color(Style.MUTED)),
                    flow.width() - 40);
            var title = flow.set(RichText.of(moduleTitles.get(i), body), flow.width() - 40);
            flow.ensure(flow.height(label) + flow.height(title));
            flow.lines(label, 0, flow.width() - 40, Flow.Align.LEFT);
            var placed = flow.lines(title, 0, flow.width() - 40, Flow.Align.LEFT);
            contents.add(new ContentsEntry(placed.page(), placed.baseline()));
            flow.space(6);
        }
    }

    public void module(int number, String title) {
        flow.newPage();
        modulePages.add(file.pages().size());
        text(labels.get("pdf.booklet.module", number), body.size(12).asBold().color(Style.ACCENT));
        flow.space(4);
        text(title, body.size(21).asBold());
        flow.space(8);
        flow.page().rule(flow.left(), flow.y(), flow.left() + flow.width(), flow.y(), Style.ACCENT, 1.2f);
        flow.advance(16);
        firstInModule = true;
    }

    public void lesson(String title, int minutes, String lessonHtml) {
        itemTitle(minutes > 0 ? labels.get("pdf.booklet.lesson-minutes", minutes) : labels.get("pdf.booklet.lesson"), title);
        html.render(lessonHtml);
    }

    public void quiz(boolean preTest, String title, List<Question> questions) {
        itemTitle(labels.get(preTest ? "pdf.booklet.pre-test" : "pdf.booklet.quiz"), title);
        note(labels.get(preTest ? "pdf.booklet.pre-test-note" : "pdf.booklet.quiz-note"));
        float width = flow.width() - NUMBER_INDENT;
        int number = 1;
        for (Question question : questions) {
            List<Line> prompt = flow.set(RichText.of(question.prompt(), body.asBold()), width);
            List<List<Line>> options = question.options().stream()
                    .map(option -> flow.set(RichText.of(option, body), width - BOX_INDENT)).toList();
            float height = flow.height(prompt) + 4;
            for (List<Line> option : options) {
                height += flow.height(option) + 3;
            }
            flow.ensure(height);
            Line numberLine = flow.set(RichText.of(number++ + ".", body.asBold().color(Style.ACCENT)), NUMBER_INDENT).get(0);
            flow.lines(prompt, NUMBER_INDENT, width, Flow.Align.LEFT, numberLine, 0);
            flow.advance(4);
            for (List<Line> option : options) {
                var placed = flow.lines(option, NUMBER_INDENT + BOX_INDENT, width - BOX_INDENT, Flow.Align.LEFT);
                if (placed != null) {
                    box(placed, flow.left() + NUMBER_INDENT);
                }
                flow.advance(3);
            }
            flow.space(12);
        }
    }

    public void assignment(String title, String instructionsHtml, List<Field> fields) {
        itemTitle(labels.get("pdf.booklet.assignment"), title);
        note(labels.get("pdf.booklet.assignment-note"));
        html.render(instructionsHtml);
        flow.space(6);
        for (Field field : fields) {
            List<Line> label = flow.set(RichText.of(field.label(), body.asBold()), flow.width());
            List<Line> help = field.help() == null || field.help().isBlank() ? List.of()
                    : flow.set(RichText.of(field.help(), body.size(9.5f).color(Style.MUTED)), flow.width());
            List<List<Line>> choices = field.choices().stream()
                    .map(choice -> flow.set(RichText.of(choice, body), flow.width() - BOX_INDENT)).toList();
            int writingLines = switch (field.kind()) {
                case "long-text" -> 6;
                case "choice" -> 0;
                case "number", "date" -> 1;
                default -> 2;
            };
            float height = flow.height(label) + flow.height(help) + writingLines * WRITING_LINE + 6;
            for (List<Line> choice : choices) {
                height += flow.height(choice) + 3;
            }
            flow.ensure(height);
            flow.lines(label, 0, flow.width(), Flow.Align.LEFT);
            flow.lines(help, 0, flow.width(), Flow.Align.LEFT);
            flow.advance(4);
            for (List<Line> choice : choices) {
                var placed = flow.lines(choice, BOX_INDENT, flow.width() - BOX_INDENT, Flow.Align.LEFT);
                if (placed != null) {
                    box(placed, flow.left());
                }
                flow.advance(3);
            }
            float lineWidth = field.kind().equals("number") || field.kind().equals("date") ? flow.width() * 0.4f : flow.width();
            for (int i = 0; i < writingLines; i++) {
                flow.advance(WRITING_LINE);
                flow.page().rule(flow.left(), flow.y(), flow.left() + lineWidth, flow.y(), WRITING, 0.5f);
            }
            flow.space(16);
        }
    }

    public byte[] toBytes() {
        List<PageCanvas> pages = file.pages();
        Style small = body.size(8.5f).color(Style.MUTED);
        for (int i = 0; i < contents.size() && i < modulePages.size(); i++) {
            var number = setter.lines(RichText.of(Integer.toString(modulePages.get(i)), body.asBold()), 40).get(0);
            contents.get(i).page().line(number, flow.left() + flow.width() - number.width(), contents.get(i).baseline());
        }
        Line ellipsis = setter.lines(RichText.of("\u2026", small), 20).get(0);
        List<Line> title = setter.lines(RichText.of(courseTitle, small), flow.width() - ellipsis.width());
        for (int i = 0; i < pages.size(); i++) {
            PageCanvas page = pages.get(i);
            if (i > 0 && !title.isEmpty()) {
                page.line(title.get(0), flow.left(), 38);
                if (title.size() > 1) {
                    page.line(ellipsis, flow.left() + title.get(0).width(), 38);
                }
                page.rule(flow.left(), 45, flow.left() + flow.width(), 45, RULE, 0.5f);
            }
            Line number = setter.lines(RichText.of(labels.get("pdf.booklet.page", i + 1, pages.size()), small),
                    flow.width()).get(0);
            page.line(number, flow.left() + (flow.width() - number.width()) / 2, A4.getHeight() - 30);
        }
        return file.toBytes();
    }

    @Override
    public void close() {
        file.close();
    }

    private void itemTitle(String label, String title) {
        List<Line> labelLines = flow.set(RichText.of(label, body.size(9.5f).asBold().color(Style.ACCENT)), flow.width());
        List<Line> titleLines = flow.set(RichText.of(title, body.size(16).asBold()), flow.width());
        if (!firstInModule) {
            flow.space(20);
        }
        // The title stays with the first lines of what it heads.
        flow.ensure(flow.height(labelLines) + flow.height(titleLines) + 80);
        if (!firstInModule && !flow.atTop()) {
            flow.page().rule(flow.left(), flow.y(), flow.left() + flow.width(), flow.y(), RULE, 0.5f);
            flow.advance(12);
        }
        firstInModule = false;
        flow.lines(labelLines, 0, flow.width(), Flow.Align.LEFT);
        flow.lines(titleLines, 0, flow.width(), Flow.Align.LEFT);
        flow.space(8);
    }

    private void note(String text) {
        flow.lines(flow.set(RichText.of(text, body.size(9.5f).asItalic().color(Style.MUTED)), flow.width()), 0,
                flow.width(), Flow.Align.LEFT);
        flow.space(10);
    }

    private void text(String text, Style style) {
        flow.lines(flow.set(RichText.of(text, style), flow.width()), 0, flow.width(), Flow.Align.LEFT);
    }

    /** An empty box to tick, level with the first line of an answer. */
    private void box(Flow.Placed placed, float x) {
        float side = body.size() * 0.8f;
        placed.page().strokeRect(x, placed.baseline() - side * 0.95f, side, side, Style.INK, 0.7f);
    }
}
