package org.kasang.catalogue.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.kasang.catalogue.internal.MarkdownRenderer;

import java.util.function.Consumer;

/** Lesson Markdown beside its preview, rendered as learners will see it: raw HTML is shown, never run. */
class MarkdownEditor extends HorizontalLayout {

    final TextArea text;
    final Div preview = new Div();
    private final MarkdownRenderer renderer;

    MarkdownEditor(String label, String markdown, MarkdownRenderer renderer, Consumer<String> onChange) {
        this.renderer = renderer;
        text = new TextArea(label);
        text.setValue(markdown);
        text.setWidthFull();
        text.setMinHeight("12em");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> {
            render(e.getValue());
            onChange.accept(e.getValue());
        });
        preview.addClassName("kasang-preview");
        preview.setWidthFull();
        render(markdown);
        setWidthFull();
        add(text, preview);
    }

    private void render(String markdown) {
        preview.removeAll();
        preview.add(new Html("<div>" + renderer.toSafeHtml(markdown) + "</div>"));
    }
}
