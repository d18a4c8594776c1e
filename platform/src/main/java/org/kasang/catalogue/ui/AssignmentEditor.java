package org.kasang.catalogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.kasang.catalogue.Text;
import org.kasang.catalogue.internal.PackageManifest.Assignment;
import org.kasang.catalogue.internal.PackageManifest.Choice;
import org.kasang.catalogue.internal.PackageManifest.Criterion;
import org.kasang.catalogue.internal.PackageManifest.Field;
import org.kasang.catalogue.internal.PackageManifest.Level;
import org.kasang.catalogue.internal.PackageManifest.Rubric;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The practical assignment of the last module: titles, instructions, the template learners fill in and the rubric a
 * coach scores it with. Fields, levels and criteria are saved at once; typed titles and instructions with the draft.
 */
class AssignmentEditor extends VerticalLayout {

    static final List<String> FIELD_KINDS = List.of("text", "long-text", "number", "date", "choice");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

    private final DraftModel model;
    private final Runnable changed;
    /** The course lists Khmer: Khmer fields stand beside the English ones. */
    private boolean khmer;

    AssignmentEditor(DraftModel model, Runnable changed) {
        this.model = model;
        this.changed = changed;
        setPadding(false);
        refresh();
    }

    private void refresh() {
        removeAll();
        var current = model.finalAssignment();
        if (current.isEmpty()) {
            add(new Button(getTranslation("editor.assignment.add"), click -> {
                model.saveFinalAssignment(new Assignment(model.freeId("practical-"),
                        Bilingual.of(this, "editor.assignment.new-title"),
                        Text.of(getTranslation(Locale.ENGLISH, "editor.assignment.placeholder")),
                        List.of(), new Rubric(List.of(), List.of())));
                saved();
            }));
            return;
        }
        Assignment a = current.get();
        khmer = Bilingual.khmer(model);
        add(details(a), fields(a), levels(a), criteria(a));
    }

    private FormLayout details(Assignment a) {
        TextField titleEn = new TextField(getTranslation("editor.assignment.title-en"), Bilingual.get(a.title(), "en"), "");
        TextField titleKm = new TextField(getTranslation("editor.assignment.title-km"), Bilingual.get(a.title(), "km"), "");
        TextArea instructions = new TextArea(getTranslation("editor.assignment.instructions"));
        instructions.setValue(Bilingual.get(a.instructions(), "en"));
        instructions.setValueChangeMode(ValueChangeMode.LAZY);
        instructions.setMinHeight("8em");
        TextArea instructionsKm = new TextArea(getTranslation("editor.assignment.instructions-km"));
        instructionsKm.setValue(Bilingual.get(a.instructions(), "km"));
        instructionsKm.setValueChangeMode(ValueChangeMode.LAZY);
        instructionsKm.setMinHeight("8em");
        instructionsKm.addValueChangeListener(e -> change(x -> new Assignment(x.id(), x.title(),
                Bilingual.with(x.instructions(), "km", e.getValue()), x.fields(), x.rubric())));
        titleEn.addValueChangeListener(e -> change(x -> new Assignment(x.id(), Bilingual.with(x.title(), "en", e.getValue()),
                x.instructions(), x.fields(), x.rubric())));
        titleKm.addValueChangeListener(e -> change(x -> new Assignment(x.id(), Bilingual.with(x.title(), "km", e.getValue()),
                x.instructions(), x.fields(), x.rubric())));
        instructions.addValueChangeListener(e -> change(x -> new Assignment(x.id(), x.title(),
                Bilingual.with(x.instructions(), "en", e.getValue()), x.fields(), x.rubric())));
        FormLayout form = new FormLayout(titleEn, titleKm, instructions);
        form.setColspan(instructions, 2);
        if (khmer) {
            form.add(instructionsKm);
            form.setColspan(instructionsKm, 2);
        }
        return form;
    }

    private VerticalLayout fields(Assignment a) {
        Grid<Field> grid = grid(nonNull(a.fields()));
        grid.addColumn(Field::id).setHeader(getTranslation("editor.assignment.field.id"));
        grid.addColumn(f -> getTranslation("editor.assignment.kind." + f.kind())).setHeader(getTranslation("editor.assignment.field.kind"));
        grid.addColumn(f -> Bilingual.get(f.label(), "en")).setHeader(getTranslation("editor.assignment.field.label"));
        grid.addColumn(f -> getTranslation(Boolean.TRUE.equals(f.required()) ? "editor.assignment.yes" : "editor.assignment.no"))
                .setHeader(getTranslation("editor.assignment.field.required"));
        grid.addColumn(f -> String.join(", ", nonNull(f.options()).stream().map(c -> Bilingual.get(c.label(), "en")).toList()))
                .setHeader(getTranslation("editor.assignment.field.options"));
        removeColumn(grid, f -> structural(x -> new Assignment(x.id(), x.title(), x.instructions(),
                without(x.fields(), f.id(), Field::id), x.rubric())));

        TextField id = new TextField(getTranslation("editor.assignment.field.id"));
        Select<String> kind = new Select<>();
        kind.setLabel(getTranslation("editor.assignment.field.kind"));
        kind.setItems(FIELD_KINDS);
        kind.setItemLabelGenerator(k -> getTranslation("editor.assignment.kind." + k));
        kind.setValue("text");
        TextField label = new TextField(getTranslation("editor.assignment.field.label"));
        TextField labelKm = new TextField(getTranslation("editor.assignment.field.label-km"));
        labelKm.setVisible(khmer);
        Checkbox required = new Checkbox(getTranslation("editor.assignment.field.required"), true);
        TextArea options = new TextArea(getTranslation("editor.assignment.field.options-lines"));
        options.setVisible(false);
        TextArea optionsKm = new TextArea(getTranslation("editor.assignment.field.options-lines-km"));
        optionsKm.setVisible(false);
        kind.addValueChangeListener(e -> {
            options.setVisible("choice".equals(e.getValue()));
            optionsKm.setVisible(khmer && "choice".equals(e.getValue()));
        });
        Button addField = new Button(getTranslation("editor.assignment.field.add"), click -> {
            List<String> choices = "choice".equals(kind.getValue())
                    ? options.getValue().lines().map(String::strip).filter(s -> !s.isEmpty()).toList() : List.of();
            if (!ID.matcher(id.getValue()).matches() || taken(a.fields(), id.getValue(), Field::id)
                    || label.getValue().isBlank() || ("choice".equals(kind.getValue()) && choices.size() < 2)) {
                error("editor.assignment.error.field");
                return;
            }
            List<String> choicesKm = "choice".equals(kind.getValue())
                    ? optionsKm.getValue().lines().map(String::strip).filter(s -> !s.isEmpty()).toList() : List.of();
            List<Choice> choiceList = new ArrayList<>();
            for (int i = 0; i < choices.size(); i++) {
                choiceList.add(new Choice("option-" + (i + 1),
                        Bilingual.typed(choices.get(i), i < choicesKm.size() ? choicesKm.get(i) : "", khmer)));
            }
            Field field = new Field(id.getValue(), kind.getValue(), Bilingual.typed(label.getValue(), labelKm.getValue(), khmer),
                    null, required.getValue(),
                    choiceList.isEmpty() ? null : List.copyOf(choiceList));
            structural(x -> new Assignment(x.id(), x.title(), x.instructions(), with(x.fields(), field), x.rubric()));
        });
        return section("editor.assignment.fields", grid, row(id, kind, label, labelKm, required, options, optionsKm, addField));
    }

    private VerticalLayout levels(Assignment a) {
        Grid<Level> grid = grid(levelsOf(a));
        grid.addColumn(Level::id).setHeader(getTranslation("editor.assignment.level.id"));
        grid.addColumn(Level::points).setHeader(getTranslation("editor.assignment.level.points"));
        grid.addColumn(l -> Bilingual.get(l.label(), "en")).setHeader(getTranslation("editor.assignment.level.label"));
        removeColumn(grid, l -> structural(x -> new Assignment(x.id(), x.title(), x.instructions(), x.fields(),
                new Rubric(without(levelsOf(x), l.id(), Level::id), criteriaOf(x)))));

        TextField id = new TextField(getTranslation("editor.assignment.level.id"));
        IntegerField points = new IntegerField(getTranslation("editor.assignment.level.points"));
        points.setMin(0);
        TextField label = new TextField(getTranslation("editor.assignment.level.label"));
        TextField labelKm = new TextField(getTranslation("editor.assignment.level.label-km"));
        labelKm.setVisible(khmer);
        Button addLevel = new Button(getTranslation("editor.assignment.level.add"), click -> {
            if (!ID.matcher(id.getValue()).matches() || taken(levelsOf(a), id.getValue(), Level::id)
                    || points.getValue() == null || points.getValue() < 0 || label.getValue().isBlank()) {
                error("editor.assignment.error.level");
                return;
            }
            Level level = new Level(id.getValue(), points.getValue(),
                    Bilingual.typed(label.getValue(), labelKm.getValue(), khmer));
            structural(x -> new Assignment(x.id(), x.title(), x.instructions(), x.fields(),
                    new Rubric(with(levelsOf(x), level), criteriaOf(x))));
        });
        return section("editor.assignment.levels", grid, row(id, points, label, labelKm, addLevel));
    }

    private VerticalLayout criteria(Assignment a) {
        Grid<Criterion> grid = grid(criteriaOf(a));
        grid.addColumn(Criterion::id).setHeader(getTranslation("editor.assignment.criterion.id"));
        grid.addColumn(c -> Bilingual.get(c.title(), "en")).setHeader(getTranslation("editor.assignment.criterion.title"));
        for (Level level : levelsOf(a)) {
            grid.addColumn(c -> c.descriptors() == null ? "" : Bilingual.get(c.descriptors().get(level.id()), "en"))
                    .setHeader(Bilingual.get(level.label(), "en"));
        }
        removeColumn(grid, c -> structural(x -> new Assignment(x.id(), x.title(), x.instructions(), x.fields(),
                new Rubric(levelsOf(x), without(criteriaOf(x), c.id(), Criterion::id)))));

        TextField id = new TextField(getTranslation("editor.assignment.criterion.id"));
        TextField title = new TextField(getTranslation("editor.assignment.criterion.title"));
        TextField titleKm = new TextField(getTranslation("editor.assignment.criterion.title-km"));
        titleKm.setVisible(khmer);
        Map<String, TextField> descriptors = new LinkedHashMap<>();
        Map<String, TextField> descriptorsKm = new LinkedHashMap<>();
        for (Level level : levelsOf(a)) {
            descriptors.put(level.id(), new TextField(getTranslation("editor.assignment.criterion.descriptor",
                    Bilingual.get(level.label(), "en"))));
            TextField descriptorKm = new TextField(getTranslation("editor.assignment.criterion.descriptor-km",
                    Bilingual.get(level.label(), "en")));
            descriptorKm.setVisible(khmer);
            descriptorsKm.put(level.id(), descriptorKm);
        }
        Button addCriterion = new Button(getTranslation("editor.assignment.criterion.add"), click -> {
            if (!ID.matcher(id.getValue()).matches() || taken(criteriaOf(a), id.getValue(), Criterion::id)
                    || title.getValue().isBlank() || descriptors.isEmpty()
                    || descriptors.values().stream().anyMatch(d -> d.getValue().isBlank())) {
                error("editor.assignment.error.criterion");
                return;
            }
            Map<String, Text> texts = new LinkedHashMap<>();
            descriptors.forEach((level, field) -> texts.put(level,
                    Bilingual.typed(field.getValue(), descriptorsKm.get(level).getValue(), khmer)));
            Criterion criterion = new Criterion(id.getValue(), Bilingual.typed(title.getValue(), titleKm.getValue(), khmer),
                    texts);
            structural(x -> new Assignment(x.id(), x.title(), x.instructions(), x.fields(),
                    new Rubric(levelsOf(x), with(criteriaOf(x), criterion))));
        });
        HorizontalLayout form = row(id, title, titleKm);
        descriptors.forEach((level, field) -> form.add(field, descriptorsKm.get(level)));
        form.add(addCriterion);
        return section("editor.assignment.criteria", grid, form);
    }

    private VerticalLayout section(String heading, Grid<?> grid, HorizontalLayout form) {
        VerticalLayout section = new VerticalLayout(new H4(getTranslation(heading)), grid, form);
        section.setPadding(false);
        return section;
    }

    private static HorizontalLayout row(com.vaadin.flow.component.Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private static <T> Grid<T> grid(List<T> items) {
        Grid<T> grid = new Grid<>();
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private <T> void removeColumn(Grid<T> grid, java.util.function.Consumer<T> remove) {
        grid.addComponentColumn(item -> {
            Button button = new Button(getTranslation("editor.assignment.remove"), click -> remove.accept(item));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return button;
        });
    }

    private void change(UnaryOperator<Assignment> change) {
        model.finalAssignment().ifPresent(a -> model.saveFinalAssignment(change.apply(a)));
    }

    private void structural(UnaryOperator<Assignment> change) {
        change(change);
        saved();
    }

    private void saved() {
        changed.run();
        refresh();
    }

    private void error(String key) {
        Notification.show(getTranslation(key)).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static List<Level> levelsOf(Assignment a) {
        return a.rubric() == null ? List.of() : nonNull(a.rubric().levels());
    }

    private static List<Criterion> criteriaOf(Assignment a) {
        return a.rubric() == null ? List.of() : nonNull(a.rubric().criteria());
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <T> boolean taken(List<T> items, String id, Function<T, String> idOf) {
        return nonNull(items).stream().anyMatch(item -> id.equals(idOf.apply(item)));
    }

    private static <T> List<T> with(List<T> items, T item) {
        List<T> all = new ArrayList<>(nonNull(items));
        all.add(item);
        return List.copyOf(all);
    }

    private static <T> List<T> without(List<T> items, String id, Function<T, String> idOf) {
        return nonNull(items).stream().filter(item -> !id.equals(idOf.apply(item))).toList();
    }
}
