package org.kasang.organisations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.kasang.common.InvalidInput;
import org.kasang.organisations.CboForm;
import org.kasang.organisations.CboStatus;
import org.kasang.organisations.Commune;
import org.kasang.organisations.District;
import org.kasang.organisations.OrganisationService;
import org.kasang.organisations.Province;

/** Adds or edits a CBO: name, place (province → district → commune), target flag, focus, founded, status. */
class CboDialog extends Dialog {

    final TextField name = new TextField();
    final ComboBox<Province> province = new ComboBox<>();
    final ComboBox<District> district = new ComboBox<>();
    final ComboBox<Commune> commune = new ComboBox<>();
    final Checkbox target = new Checkbox();
    final TextArea focus = new TextArea();
    final IntegerField founded = new IntegerField();
    final Select<CboStatus> status = new Select<>();
    final Button save = new Button();

    CboDialog(OrganisationService organisations, Long cboId, Runnable onSaved) {
        setHeaderTitle(getTranslation(cboId == null ? "cbo.add" : "cbo.edit"));
        name.setLabel(getTranslation("cbo.name"));
        name.setRequired(true);
        province.setLabel(getTranslation("cbo.province"));
        province.setItems(organisations.provinces());
        province.setItemLabelGenerator(p -> p.name(getLocale()));
        district.setLabel(getTranslation("cbo.district"));
        district.setItemLabelGenerator(d -> d.name(getLocale()));
        commune.setLabel(getTranslation("cbo.commune"));
        commune.setItemLabelGenerator(c -> c.name(getLocale()));
        commune.setRequired(true);
        province.addValueChangeListener(e -> {
            district.clear();
            district.setItems(e.getValue() == null ? java.util.List.of() : organisations.districts(e.getValue().getId()));
        });
        district.addValueChangeListener(e -> {
            commune.clear();
            commune.setItems(e.getValue() == null ? java.util.List.of() : organisations.communes(e.getValue().getId()));
        });
        target.setLabel(getTranslation("cbo.target"));
        focus.setLabel(getTranslation("cbo.focus"));
        focus.setMaxLength(1000);
        founded.setLabel(getTranslation("cbo.founded"));
        status.setLabel(getTranslation("cbo.status"));
        status.setItems(CboStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("cbo.status." + s.name()));
        status.setValue(CboStatus.ACTIVE);

        if (cboId != null) {
            CboForm form = organisations.form(cboId);
            Commune place = organisations.commune(form.communeId()).orElseThrow();
            name.setValue(form.name());
            province.setValue(find(province, place.getDistrict().getProvince().getId()));
            district.setValue(find(district, place.getDistrict().getId()));
            commune.setValue(find(commune, place.getId()));
            target.setValue(form.target());
            focus.setValue(form.focusIssues() == null ? "" : form.focusIssues());
            founded.setValue(form.foundedYear());
            status.setValue(form.status());
        }

        FormLayout layout = new FormLayout(name, province, district, commune, target, focus, founded, status);
        add(layout);
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            var form = new CboForm(name.getValue(), commune.getValue() == null ? null : commune.getValue().getId(),
                    target.getValue(), focus.getValue(), founded.getValue(), status.getValue());
            try {
                if (cboId == null) {
                    organisations.createCbo(form);
                } else {
                    organisations.updateCbo(cboId, form);
                }
                Notification.show(getTranslation("cbo.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                onSaved.run();
                close();
            } catch (InvalidInput e) {
                Notification.show(getTranslation(e.key())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
    }

    private static <T> T find(ComboBox<T> box, Long id) {
        return box.getListDataView().getItems()
                .filter(item -> id.equals(idOf(item))).findFirst().orElse(null);
    }

    private static Long idOf(Object item) {
        if (item instanceof Province p) return p.getId();
        if (item instanceof District d) return d.getId();
        if (item instanceof Commune c) return c.getId();
        return null;
    }
}
