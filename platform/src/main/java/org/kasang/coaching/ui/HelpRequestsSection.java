package org.kasang.coaching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.CourseOutline;
import org.kasang.common.InvalidInput;
import org.kasang.learning.HelpDesk;
import org.kasang.learning.HelpRequest;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;

/** A CBO's open help requests, oldest first, each answered from here. */
class HelpRequestsSection extends Div {

    private final HelpDesk helpDesk;
    private final CatalogueService catalogue;
    private final Map<String, CourseOutline> outlines = new HashMap<>();
    final Grid<HelpRequest> grid = new Grid<>();
    private final H3 heading = new H3();
    private final long cboId;

    HelpRequestsSection(HelpDesk helpDesk, CatalogueService catalogue, long cboId) {
        this.helpDesk = helpDesk;
        this.catalogue = catalogue;
        this.cboId = cboId;
        addClassName("kasang-help-requests");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(HelpRequest::learnerName).setHeader(getTranslation("coach.member")).setAutoWidth(true);
        grid.addColumn(this::about).setHeader(getTranslation("coach.help.about")).setFlexGrow(1);
        grid.addColumn(HelpRequest::message).setHeader(getTranslation("coach.help.message")).setFlexGrow(2);
        grid.addColumn(request -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(request.createdAt().atZone(ZoneId.systemDefault()))).setHeader(getTranslation("coach.help.asked"))
                .setAutoWidth(true);
        grid.addComponentColumn(request -> {
            Button answer = new Button(getTranslation("coach.help.answer"), click -> answer(request));
            answer.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            return answer;
        }).setKey("answer").setAutoWidth(true);
        grid.setItems(query -> helpDesk.open(cboId, query.getOffset(), query.getLimit()).stream());
        grid.setAllRowsVisible(true);
        add(heading, grid);
        refresh();
    }

    private void refresh() {
        int open = helpDesk.countOpen(cboId);
        heading.setText(getTranslation("coach.help.title", open));
        grid.setVisible(open > 0);
        grid.getDataProvider().refreshAll();
    }

    private String about(HelpRequest request) {
        CourseOutline outline = outlines.computeIfAbsent(request.courseId(), catalogue::outline);
        String item = outline.item(request.itemId()).map(i -> i.title().in(getLocale())).orElse(request.itemId());
        return outline.title().in(getLocale()) + " › " + item;
    }

    private void answer(HelpRequest request) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("coach.help.answer-to", request.learnerName()));
        TextArea text = new TextArea(getTranslation("coach.help.your-answer"));
        text.setWidthFull();
        text.setMinHeight("8em");
        text.setMaxLength(2000);
        dialog.add(new Paragraph(request.message()), text);
        Button send = new Button(getTranslation("coach.help.send"), click -> {
            try {
                helpDesk.answer(request.id(), text.getValue());
                dialog.close();
                Notification.show(getTranslation("coach.help.sent"));
                refresh();
            } catch (InvalidInput e) {
                text.setInvalid(true);
                text.setErrorMessage(getTranslation(e.key(), e.args()));
                click.getSource().setEnabled(true);
            }
        });
        send.setDisableOnClick(true);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("help.cancel"), click -> dialog.close()), send);
        dialog.open();
    }
}
