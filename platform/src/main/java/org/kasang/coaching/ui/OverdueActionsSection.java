package org.kasang.coaching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import org.kasang.coaching.CoachingSessions;
import org.kasang.coaching.FollowUpAction;
import org.springframework.data.domain.PageRequest;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Follow-up actions past their due date in the coach's CBOs; shown only while there are any. */
class OverdueActionsSection extends Div {

    private final CoachingSessions sessions;
    final Grid<FollowUpAction> grid = new Grid<>();

    OverdueActionsSection(CoachingSessions sessions) {
        this.sessions = sessions;
        setWidthFull();
        grid.setId("overdue-actions");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(FollowUpAction::cboName).setHeader(getTranslation("overdue.cbo")).setAutoWidth(true);
        grid.addColumn(FollowUpAction::description).setHeader(getTranslation("overdue.what")).setFlexGrow(2);
        grid.addColumn(FollowUpAction::owner).setHeader(getTranslation("overdue.who")).setAutoWidth(true);
        grid.addColumn(a -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(a.dueOn()))
                .setHeader(getTranslation("overdue.due")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(action -> {
            Button done = new Button(getTranslation("overdue.done"), click -> {
                sessions.markDone(action.id());
                Notification.show(getTranslation("overdue.marked"));
                refresh();
            });
            done.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return done;
        }).setKey("done").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> sessions.overdue(PageRequest.of(query.getPage(), query.getPageSize())).stream());
        grid.setHeight("14rem");
        grid.setWidthFull();
        add(new H3(getTranslation("overdue.title")), grid);
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        setVisible(!sessions.overdue(PageRequest.of(0, 1)).isEmpty());
    }
}
