package org.kasang.indicators.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.CourseSummary;
import org.kasang.catalogue.ItemType;
import org.kasang.common.InvalidInput;
import org.kasang.indicators.AreaLevel;
import org.kasang.indicators.CapacityArea;
import org.kasang.indicators.CapacityAreas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Defines a capacity area: its names, the courses that build it, and its levels with their rules. */
class AreaEditor extends Dialog {

    final TextField code = new TextField();
    final TextField nameEn = new TextField();
    final TextField nameKm = new TextField();
    final TextArea descriptionEn = new TextArea();
    final TextArea descriptionKm = new TextArea();
    final MultiSelectComboBox<CourseSummary> courses = new MultiSelectComboBox<>();
    final VerticalLayout levelList = new VerticalLayout();
    final List<LevelEditor> levels = new ArrayList<>();
    final Button addLevel = new Button();
    final Button save = new Button();
    final Span error = new Span();
    private final ItemEditor.RuleChoices choices;
    private final Long areaId;

    AreaEditor(CapacityAreas areas, CatalogueService catalogue, CapacityArea area, Runnable onSaved) {
        this.areaId = area == null ? null : area.id();
        setHeaderTitle(getTranslation(area == null ? "capacity.new" : "capacity.edit"));
        setWidthFull();
        setMaxWidth("64rem");
        List<CourseSummary> published = catalogue.publishedCourses();
        choices = new ItemEditor.RuleChoices(published, assignments(catalogue, published),
                () -> Stream.concat(areas.list().stream().map(CapacityArea::code), Stream.of(code.getValue()))
                        .filter(c -> !c.isBlank()).distinct().toList());
        code.setLabel(getTranslation("capacity.code"));
        code.setRequired(true);
        nameEn.setLabel(getTranslation("capacity.name-en"));
        nameKm.setLabel(getTranslation("capacity.name-km"));
        descriptionEn.setLabel(getTranslation("capacity.description-en"));
        descriptionKm.setLabel(getTranslation("capacity.description-km"));
        courses.setLabel(getTranslation("capacity.courses"));
        courses.setItems(published);
        courses.setItemLabelGenerator(c -> c.title().in(getLocale()));
        levelList.setPadding(false);
        addLevel.setText(getTranslation("capacity.level.add"));
        addLevel.addClickListener(e -> addLevel(null));
        error.addClassNames("kasang-error", "text-error");
        error.setVisible(false);
        if (area != null) {
            code.setValue(area.code());
            nameEn.setValue(area.nameEn());
            nameKm.setValue(area.nameKm());
            descriptionEn.setValue(area.descriptionEn() == null ? "" : area.descriptionEn());
            descriptionKm.setValue(area.descriptionKm() == null ? "" : area.descriptionKm());
            courses.setValue(published.stream().filter(c -> area.courseIds().contains(c.id())).toList());
            area.levels().forEach(this::addLevel);
        } else {
            addLevel(null);
        }
        add(new FormLayout(code, nameEn, nameKm, descriptionEn, descriptionKm, courses),
                new H3(getTranslation("capacity.levels")), levelList, addLevel, error);
        save.setText(getTranslation("capacity.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(areas, onSaved));
        Button cancel = new Button(getTranslation("capacity.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private void addLevel(AreaLevel level) {
        LevelEditor[] editor = new LevelEditor[1];
        editor[0] = new LevelEditor(choices, level, () -> {
            levels.remove(editor[0]);
            levelList.remove(editor[0]);
            renumber();
        });
        levels.add(editor[0]);
        levelList.add(editor[0]);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < levels.size(); i++) {
            levels.get(i).number(i + 1);
        }
    }

    private void save(CapacityAreas areas, Runnable onSaved) {
        List<AreaLevel> entered = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            entered.add(levels.get(i).level(i + 1));
        }
        try {
            areas.save(new CapacityArea(areaId, code.getValue(), nameEn.getValue(), nameKm.getValue(),
                    descriptionEn.getValue(), descriptionKm.getValue(),
                    courses.getSelectedItems().stream().map(CourseSummary::id).sorted().toList(), entered));
        } catch (InvalidInput e) {
            error.setText(getTranslation(e.key(), e.args()));
            error.setVisible(true);
            return;
        }
        Notification.show(getTranslation("capacity.saved"));
        close();
        onSaved.run();
    }

    /** Assignment id → "course › assignment" for every published course's assignments. */
    private Map<String, String> assignments(CatalogueService catalogue, List<CourseSummary> published) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (CourseSummary course : published) {
            catalogue.outline(course.id()).items().stream().filter(item -> item.type() == ItemType.ASSIGNMENT)
                    .forEach(item -> titles.put(item.id(), getTranslation("review.queue.assignment-of",
                            course.title().in(getLocale()), item.title().in(getLocale()))));
        }
        return titles;
    }
}
