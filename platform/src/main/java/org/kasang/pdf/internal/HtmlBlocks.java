package org.kasang.pdf.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Lays out sanitised lesson HTML (as the catalogue renders Markdown): headings, paragraphs, strong and
 * emphasis, nested lists, quotations, tables, rules, links and the course's own images.
 */
public final class HtmlBlocks {

    /** The bytes of an image the HTML names, when there is one. */
    public interface Images {
        Optional<byte[]> bytes(String src);
    }

    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
            "blockquote", "table", "hr", "pre", "div", "section", "article", "dl", "dt", "dd", "thead", "tbody", "tr");
    private static final float LIST_INDENT = 18;
    private static final float QUOTE_INDENT = 16;
    private static final Color RULE = new Color(0xC4, 0xCD, 0xD3);

    private final Flow flow;
    private final Style body;
    private final Images images;
    private RichText inline = new RichText();
    private Line marker;
    private float markerIndent;

    public HtmlBlocks(Flow flow, Style body, Images images) {
        this.flow = flow;
        this.body = body;
        this.images = images;
    }

    public void render(String html) {
        blocks(Jsoup.parseBodyFragment(html == null ? "" : html).body(), 0);
    }

    private void blocks(Element container, float indent) {
        for (Node node : container.childNodes()) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                paragraph(indent);
                block(element, indent);
            } else {
                inline(node, body, indent);
            }
        }
        paragraph(indent);
    }

    private void block(Element element, float indent) {
        switch (element.normalName()) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> heading(element, indent);
            case "p" -> {
                inlineChildren(element, body, indent);
                paragraph(indent);
                flow.space(body.size() * 0.6f);
            }
            case "ul", "ol" -> list(element, indent);
            case "blockquote" -> {
                flow.space(body.size() * 0.2f);
                flow.beginBar(indent + 3);
                blocks(element, indent + QUOTE_INDENT);
                flow.endBar();
                flow.space(body.size() * 0.4f);
            }
            case "table" -> {
                table(element, indent);
                flow.space(body.size() * 0.8f);
            }
            case "hr" -> {
                flow.space(body.size() * 0.4f);
                flow.ensure(body.size());
                flow.page().rule(flow.left() + indent, flow.y() + body.size() / 2, flow.left() + flow.width(),
                        flow.y() + body.size() / 2, RULE, 0.8f);
                flow.advance(body.size());
                flow.space(body.size() * 0.4f);
            }
            case "pre" -> {
                inline.add(element.wholeText(), body.color(Style.MUTED));
                paragraph(indent);
                flow.space(body.size() * 0.6f);
            }
            default -> blocks(element, indent);
        }
    }

    private void heading(Element element, float indent) {
        int level = element.normalName().charAt(1) - '0';
        float size = switch (level) {
            case 1 -> body.size() * 1.45f;
            case 2 -> body.size() * 1.3f;
            case 3 -> body.size() * 1.15f;
            default -> body.size();
        };
        Style style = body.size(size).asBold().color(level <= 2 ? Style.ACCENT : Style.INK);
        RichText saved = inline;
        inline = new RichText();
        inlineChildren(element, style, indent);
        RichText text = inline.trimmed();
        inline = saved;
        if (text.isBlank()) {
            return;
        }
        float width = flow.width() - indent;
        List<Line> lines = flow.set(text, width);
        flow.space(size * 0.5f);
        // A heading keeps at least two lines of what follows on its page.
        flow.ensure(flow.height(lines) + body.size() * 4);
        flow.lines(lines, indent, width, Flow.Align.LEFT);
        flow.space(size * 0.3f);
    }

    private void list(Element list, float indent) {
        boolean ordered = list.normalName().equals("ol");
        int number = 1;
        if (ordered && list.hasAttr("start")) {
            try {
                number = Integer.parseInt(list.attr("start").trim());
            } catch (NumberFormatException ignored) {
                number = 1;
            }
        }
        for (Element item : list.children()) {
            if (!item.normalName().equals("li")) {
                continue;
            }
            String mark = ordered ? number++ + "." : isNested(list) ? "\u2013" : "\u2022";
            marker = flow.set(RichText.of(mark, body.color(ordered ? Style.INK : Style.ACCENT)), LIST_INDENT).get(0);
            markerIndent = indent + (ordered ? 0 : 4);
            blocks(item, indent + LIST_INDENT);
            marker = null;
            flow.space(body.size() * 0.25f);
        }
        if (!isNested(list)) {
            flow.space(body.size() * 0.35f);
        }
    }

    private static boolean isNested(Element list) {
        return list.parents().stream().anyMatch(parent -> parent.normalName().equals("li"));
    }

    private void inlineChildren(Element element, Style style, float indent) {
        for (Node child : element.childNodes()) {
            inline(child, style, indent);
        }
    }

    private void inline(Node node, Style style, float indent) {
        if (node instanceof TextNode text) {
            inline.add(text.text(), style);
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        switch (element.normalName()) {
            case "br" -> inline.add("\n", style);
            case "img" -> {
                paragraph(indent);
                image(element, indent);
            }
            case "strong", "b" -> inlineChildren(element, style.asBold(), indent);
            case "em", "i" -> inlineChildren(element, style.asItalic(), indent);
            case "a" -> {
                inlineChildren(element, style.color(Style.LINK).underlined(), indent);
                String href = element.attr("href");
                if ((href.startsWith("http://") || href.startsWith("https://")) && !element.text().trim().equals(href)) {
                    inline.add(" (" + href + ")", style.color(Style.MUTED).size(style.size() * 0.85f));
                }
            }
            default -> {
                if (BLOCKS.contains(element.normalName())) {
                    paragraph(indent);
                    block(element, indent);
                } else {
                    inlineChildren(element, style, indent);
                }
            }
        }
    }

    /** Sets what inline content has gathered as one paragraph. */
    private void paragraph(float indent) {
        RichText text = inline.trimmed();
        inline = new RichText();
        if (text.isBlank()) {
            return;
        }
        float width = flow.width() - indent;
        flow.lines(flow.set(text, width), indent, width, Flow.Align.LEFT, marker, markerIndent);
        marker = null;
    }

    private void image(Element element, float indent) {
        // Lazy-loading markup may keep the address in data-src.
        String src = element.attr("src").isBlank() || element.attr("src").startsWith("data:")
                ? element.attr("data-src") : element.attr("src");
        String alt = element.attr("alt").trim();
        var image = images.bytes(src).flatMap(bytes -> flow.file().image(src, bytes));
        if (image.isEmpty()) {
            if (!alt.isEmpty()) {
                inline.add(alt, body.asItalic().color(Style.MUTED));
                paragraph(indent);
            }
            return;
        }
        float available = flow.width() - indent;
        // Pixels at 96 per inch, never wider than the column nor taller than half a page.
        float w = image.get().getWidth() * 0.75f;
        float h = image.get().getHeight() * 0.75f;
        float scale = Math.min(1, Math.min(available / w, flow.bodyHeight() * 0.5f / h));
        w *= scale;
        h *= scale;
        List<Line> caption = alt.isEmpty() ? List.of()
                : flow.set(RichText.of(alt, body.size(body.size() * 0.85f).asItalic().color(Style.MUTED)), available);
        flow.space(body.size() * 0.3f);
        flow.ensure(h + (caption.isEmpty() ? 0 : flow.lineHeight(caption.get(0), false)));
        flow.page().image(image.get(), flow.left() + indent, flow.y(), w, h);
        flow.advance(h + body.size() * 0.3f);
        flow.lines(caption, indent, available, Flow.Align.LEFT);
        flow.space(body.size() * 0.5f);
    }

    private void table(Element table, float indent) {
        List<List<RichText>> rows = new ArrayList<>();
        List<Boolean> header = new ArrayList<>();
        for (Element row : table.select("tr")) {
            if (row.closest("table") != table) {
                continue;
            }
            List<RichText> cells = new ArrayList<>();
            for (Element cell : row.children()) {
                if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                    RichText saved = inline;
                    inline = new RichText();
                    inlineChildren(cell, cell.normalName().equals("th") ? body.asBold() : body, indent);
                    cells.add(inline.trimmed());
                    inline = saved;
                }
            }
            rows.add(cells);
            header.add(row.parent() != null && row.parent().normalName().equals("thead"));
        }
        flow.space(body.size() * 0.3f);
        new Table(flow, rows, header).draw(indent);
    }
}
