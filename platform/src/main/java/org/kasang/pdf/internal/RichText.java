package org.kasang.pdf.internal;

import java.util.ArrayList;
import java.util.List;

/** A paragraph as stretches of styled text; {@code '\n'} ends a line. */
public final class RichText {

    record Span(String text, Style style) {
    }

    private final List<Span> spans = new ArrayList<>();

    public static RichText of(String text, Style style) {
        return new RichText().add(text, style);
    }

    public RichText add(String text, Style style) {
        if (text != null && !text.isEmpty()) {
            spans.add(new Span(text, style));
        }
        return this;
    }

    public boolean isBlank() {
        return spans.stream().allMatch(span -> span.text().isBlank());
    }

    /** Without leading and trailing white space, as HTML collapses it at the edges of a block. */
    public RichText trimmed() {
        List<Span> copy = new ArrayList<>(spans);
        while (!copy.isEmpty() && copy.get(0).text().isBlank()) {
            copy.remove(0);
        }
        while (!copy.isEmpty() && copy.get(copy.size() - 1).text().isBlank()) {
            copy.remove(copy.size() - 1);
        }
        RichText result = new RichText();
        for (int i = 0; i < copy.size(); i++) {
            String text = copy.get(i).text();
            if (i == 0) {
                text = text.stripLeading();
            }
            if (i == copy.size() - 1) {
                text = text.stripTrailing();
            }
            result.add(text, copy.get(i).style());
        }
        return result;
    }

    List<Span> spans() {
        return spans;
    }

    String text() {
        StringBuilder text = new StringBuilder();
        spans.forEach(span -> text.append(span.text()));
        return text.toString();
    }

    /** The style of the first stretch, or the given one when there is no text. */
    Style firstStyle(Style otherwise) {
        return spans.isEmpty() ? otherwise : spans.get(0).style();
    }
}
