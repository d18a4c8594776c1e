package org.kasang.indicators.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.kasang.indicators.AreaLevel;
import org.kasang.indicators.Rule;

import java.util.ArrayList;
import java.util.List;

/** One level of an area: its names and its rule, the rule's kind and its items. */
class LevelEditor extends VerticalLayout {

    final H4 heading = new H4();
    final TextField nameEn = new TextField();
    final TextField nameKm = new TextField();
    final Select<Rule.Kind> kind = new Select<>();
    final IntegerField atLeast = new IntegerField();
    final IntegerField threshold = new IntegerField();
    final VerticalLayout itemList = new VerticalLayout();
    final List<ItemEditor> items = new ArrayList<>();
    final Button addItem = new Button();
    final Button remove = new Button();
    private final ItemEditor.RuleChoices choices;

    LevelEditor(ItemEditor.RuleChoices choices, AreaLevel level, Runnable onRemove) {
        this.choices = choices;
        addClassNames("kasang-capacity-level");
        setPadding(false);
        nameEn.setLabel(getTranslation("capacity.name-en"));
        nameKm.setLabel(getTranslation("capacity.name-km"));
        kind.setLabel(getTranslation("rule.kind"));
        kind.setItems(Rule.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("rule.kind." + k.name()));
        atLeast.setLabel(getTranslation("rule.at-least"));
        atLeast.setMin(1);
        threshold.setLabel(getTranslation("rule.threshold"));
        threshold.setMin(1);
        kind.addValueChangeListener(e -> {
            atLeast.setVisible(e.getValue() == Rule.Kind.AT_LEAST);
            threshold.setVisible(e.getValue() == Rule.Kind.POINTS);
        });
        itemList.setPadding(false);
        addItem.setText(getTranslation("rule.item.add"));
        addItem.addThemeVariants(ButtonVariant.LUMO_SMALL);
        addItem.addClickListener(e -> addItem(null));
        remove.setText(getTranslation("capacity.level.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        remove.addClickListener(e -> onRemove.run());
        add(heading, new FormLayout(nameEn, nameKm, kind, atLeast, threshold), itemList, addItem, remove);
        if (level == null) {
            kind.setValue(Rule.Kind.ALL_OF);
            addItem(null);
        } else {
            nameEn.setValue(level.nameEn());
            nameKm.setValue(level.nameKm());
            kind.setValue(level.rule().kind());
            atLeast.setValue(level.rule().atLeast());
            threshold.setValue(level.rule().threshold());
            level.rule().items().forEach(this::addItem);
        }
    }

    void number(int rank) {
        heading.setText(getTranslation("capacity.level", rank));
    }

    private void addItem(Rule.Item item) {
        ItemEditor[] editor = new ItemEditor[1];
        editor[0] = new ItemEditor(choices, item, () -> {
            items.remove(editor[0]);
            itemList.remove(editor[0]);
        });
        items.add(editor[0]);
        itemList.add(editor[0]);
    }

    AreaLevel level(int rank) {
        Rule rule = new Rule(kind.getValue(), atLeast.getValue() == null ? 0 : atLeast.getValue(),
                threshold.getValue() == null ? 0 : threshold.getValue(), items.stream().map(ItemEditor::item).toList());
        return new AreaLevel(rank, nameEn.getValue(), nameKm.getValue(), rule);
    }
}
