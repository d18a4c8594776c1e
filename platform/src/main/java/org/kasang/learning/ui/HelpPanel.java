package org.kasang.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.kasang.learning.HelpRequest;
import org.kasang.learning.LearningService;

import java.util.List;

/** Under an item: "I need help", and the learner's earlier requests about it with their coach's answers. */
class HelpPanel extends Div {

    private final Div requests = new Div();

    HelpPanel(LearningService learning, String courseId, String itemId, String about, List<HelpRequest> mine) {
        addClassName("kasang-help");
        Button ask = new Button(getTranslation("help.ask"), VaadinIcon.QUESTION_CIRCLE_O.create(), click ->
                new HelpDialog(learning, courseId, itemId, null, about, request -> show(request)).open());
        ask.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        ask.setId("ask-for-help");
        add(ask, requests);
        mine.stream().filter(request -> request.itemId().equals(itemId)).forEach(this::show);
    }

    private void show(HelpRequest request) {
        Div box = new Div();
        box.addClassNames("kasang-help-request", request.open() ? "open" : "answered");
        Span status = new Span(getTranslation(request.open() ? "help.waiting" : "help.answered"));
        status.getElement().getThemeList().add(request.open() ? "badge contrast" : "badge success");
        box.add(status, new Paragraph(request.message()));
        if (!request.open()) {
            Paragraph answer = new Paragraph(request.answer());
            answer.addClassName("kasang-help-answer");
            box.add(answer);
        }
        requests.addComponentAsFirst(box);
    }
}
