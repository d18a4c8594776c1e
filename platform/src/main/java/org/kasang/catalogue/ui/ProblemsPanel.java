package org.kasang.catalogue.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.List;

/** What stops the draft from being published, in the validator's words. */
class ProblemsPanel extends VerticalLayout {

    final UnorderedList list = new UnorderedList();
    private final Paragraph none = new Paragraph(getTranslation("editor.problems.none"));

    ProblemsPanel() {
        setPadding(false);
        list.addClassName("kasang-problems");
        add(new H3(getTranslation("editor.problems")), none, list);
    }

    void show(List<String> problems) {
        list.removeAll();
        problems.forEach(problem -> list.add(new ListItem(problem)));
        none.setVisible(problems.isEmpty());
    }
}
