package org.kasang.organisations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import org.kasang.common.InvalidInput;
import org.kasang.organisations.CoachAssignments;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The coaches of one CBO with their dates: assign another, or end an assignment today. */
class CoachAssignmentsDialog extends Dialog {

    private final CoachAssignments assignments;
    private final long cboId;
    final Grid<CoachAssignments.Assignment> grid = new Grid<>();

    CoachAssignmentsDialog(CoachAssignments assignments, long cboId, String cboName) {
        this.assignments = assignments;
        this.cboId = cboId;
        setHeaderTitle(getTranslation("assignment.title", cboName));
        addClassName("kasang-wide-dialog");
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(a -> a.coach().fullName()).setHeader(getTranslation("assignment.coach")).setFlexGrow(1);
        grid.addColumn(a -> dates.format(a.from())).setHeader(getTranslation("assignment.from")).setAutoWidth(true);
        grid.addColumn(a -> a.until() == null ? getTranslation("assignment.open-ended") : dates.format(a.until()))
                .setHeader(getTranslation("assignment.until")).setAutoWidth(true);
        grid.addComponentColumn(a -> {
            Button end = new Button(getTranslation("assignment.end-today"), click -> run(() ->
                    assignments.end(a.id(), LocalDate.now().minusDays(1).isBefore(a.from()) ? a.from()
                            : LocalDate.now().minusDays(1))));
            end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            end.setVisible(a.active());
            return end;
        }).setKey("end").setAutoWidth(true);
        grid.setAllRowsVisible(true);

        Select<CoachAssignments.Coach> coach = new Select<>();
        coach.setLabel(getTranslation("assignment.coach"));
        coach.setItems(assignments.coaches());
        coach.setItemLabelGenerator(CoachAssignments.Coach::fullName);
        DatePicker from = new DatePicker(getTranslation("assignment.from"), LocalDate.now());
        DatePicker until = new DatePicker(getTranslation("assignment.until"));
        until.setHelperText(getTranslation("assignment.until.helper"));
        Button assign = new Button(getTranslation("assignment.assign"), click -> {
            if (coach.getValue() == null) {
                coach.setInvalid(true);
                coach.setErrorMessage(getTranslation("assignment.error.coach"));
                return;
            }
            run(() -> assignments.assign(coach.getValue().personId(), cboId, from.getValue(), until.getValue()));
        });
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout form = new FlexLayout(coach, from, until, assign);
        form.addClassName("kasang-filters");
        form.setAlignItems(FlexLayout.Alignment.BASELINE);
        add(grid, new H3(getTranslation("assignment.add")), form);
        getFooter().add(new Button(getTranslation("common.close"), click -> close()));
        refresh();
    }

    private void run(Runnable change) {
        try {
            change.run();
            Notification.show(getTranslation("assignment.saved"));
            refresh();
        } catch (InvalidInput e) {
            Notification.show(getTranslation(e.key(), e.args()));
        }
    }

    private void refresh() {
        grid.setItems(assignments.ofCbo(cboId));
    }
}
