package org.kasang.coaching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.CourseSummary;
import org.kasang.learning.Enrolments;

/** Enrols every current member of a CBO in a course the coach picks. */
class EnrolCboDialog extends Dialog {

    EnrolCboDialog(Enrolments enrolments, CatalogueService catalogue, long cboId, String cboName, Runnable done) {
        setHeaderTitle(getTranslation("coach.enrol.title", cboName));
        Select<CourseSummary> course = new Select<>();
        course.setLabel(getTranslation("coach.enrol.course"));
        course.setItems(catalogue.publishedCourses());
        course.setItemLabelGenerator(c -> c.title().in(getLocale()));
        course.setWidthFull();
        add(course);
        Button enrol = new Button(getTranslation("coach.enrol.confirm"), click -> {
            if (course.getValue() == null) {
                course.setInvalid(true);
                course.setErrorMessage(getTranslation("coach.enrol.choose"));
                click.getSource().setEnabled(true);
                return;
            }
            int count = enrolments.enrolCbo(cboId, course.getValue().id());
            close();
            Notification.show(getTranslation("coach.enrol.done", count, course.getValue().title().in(getLocale())));
            done.run();
        });
        enrol.setDisableOnClick(true);
        enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("help.cancel"), click -> close()), enrol);
    }
}
