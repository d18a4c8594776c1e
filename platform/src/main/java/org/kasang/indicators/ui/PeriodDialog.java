package org.kasang.indicators.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import org.kasang.common.InvalidInput;
import org.kasang.indicators.PeriodForm;
import org.kasang.indicators.ReportingPeriods;

/** Adds a reporting period: code, names in both languages, first and last day. */
class PeriodDialog extends Dialog {

    final TextField code = new TextField();
    final TextField nameEn = new TextField();
    final TextField nameKm = new TextField();
    final DatePicker starts = new DatePicker();
    final DatePicker ends = new DatePicker();

    PeriodDialog(ReportingPeriods periods, Runnable onSaved) {
        setHeaderTitle(getTranslation("period.add"));
        code.setLabel(getTranslation("period.code"));
        nameEn.setLabel(getTranslation("period.name-en"));
        nameKm.setLabel(getTranslation("period.name-km"));
        starts.setLabel(getTranslation("period.starts"));
        ends.setLabel(getTranslation("period.ends"));
        add(new FormLayout(code, nameEn, nameKm, starts, ends));
        Button save = new Button(getTranslation("common.save"), click -> {
            try {
                periods.create(new PeriodForm(code.getValue(), nameEn.getValue(), nameKm.getValue(), starts.getValue(),
                        ends.getValue()));
                Notification.show(getTranslation("period.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                onSaved.run();
                close();
            } catch (InvalidInput e) {
                Notification.show(getTranslation(e.key(), e.args())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
    }
}
