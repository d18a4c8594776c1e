package org.kasang.indicators.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import org.kasang.catalogue.CourseSummary;
import org.kasang.indicators.Criterion;
import org.kasang.indicators.GovernmentLevel;
import org.kasang.indicators.MilestoneKind;
import org.kasang.indicators.Rule;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/** One item of a rule: the kind of evidence, its fields, whether it is required and what it is worth. */
class ItemEditor extends HorizontalLayout {

    enum Type { COURSE_COMPLETIONS, APPROVED_ASSIGNMENT, MILESTONE, SELF_ASSESSMENT }

    final Select<Type> type = new Select<>();
    final ComboBox<CourseSummary> course = new ComboBox<>();
    final IntegerField minMembers = new IntegerField();
    final IntegerField minWomen = new IntegerField();
    final ComboBox<String> assignment = new ComboBox<>();
    final Select<MilestoneKind> milestoneKind = new Select<>();
    final Select<GovernmentLevel> minLevel = new Select<>();
    final ComboBox<String> area = new ComboBox<>();
    final IntegerField minScore = new IntegerField();
    final Checkbox required = new Checkbox();
    final IntegerField points = new IntegerField();
    final Button remove = new Button();

    ItemEditor(RuleChoices choices, Rule.Item item, Runnable onRemove) {
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        addClassNames("kasang-rule-item", "kasang-card");
        type.setLabel(getTranslation("rule.item.type"));
        type.setItems(Type.values());
        type.setItemLabelGenerator(t -> getTranslation("rule.criterion." + t.name()));
        course.setLabel(getTranslation("rule.course"));
        course.setItems(choices.courses());
        course.setItemLabelGenerator(c -> c.title().in(getLocale()));
        minMembers.setLabel(getTranslation("rule.min-members"));
        minMembers.setMin(1);
        minMembers.setValue(1);
        minWomen.setLabel(getTranslation("rule.min-women"));
        minWomen.setMin(0);
        minWomen.setValue(0);
        assignment.setLabel(getTranslation("rule.assignment"));
        Map<String, String> assignments = choices.assignments();
        assignment.setItems(assignments.keySet());
        assignment.setItemLabelGenerator(id -> assignments.getOrDefault(id, id));
        milestoneKind.setLabel(getTranslation("rule.milestone-kind"));
        milestoneKind.setItems(MilestoneKind.values());
        milestoneKind.setEmptySelectionAllowed(true);
        milestoneKind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("milestone.kind." + k.name()));
        minLevel.setLabel(getTranslation("rule.min-level"));
        minLevel.setItems(GovernmentLevel.values());
        minLevel.setItemLabelGenerator(l -> getTranslation("milestone.level." + l.name()));
        minLevel.setValue(GovernmentLevel.COMMUNE);
        area.setLabel(getTranslation("rule.area"));
        area.setItems(choices.areaCodes().get());
        area.setAllowCustomValue(true);
        area.addCustomValueSetListener(e -> area.setValue(e.getDetail()));
        minScore.setLabel(getTranslation("rule.min-score"));
        minScore.setMin(1);
        minScore.setMax(5);
        minScore.setValue(3);
        required.setLabel(getTranslation("rule.item.required"));
        points.setLabel(getTranslation("rule.item.points"));
        points.setMin(0);
        points.setValue(0);
        remove.setText(getTranslation("rule.item.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        remove.addClickListener(e -> onRemove.run());
        type.addValueChangeListener(e -> show(e.getValue()));
        add(type, course, minMembers, minWomen, assignment, milestoneKind, minLevel, area, minScore, required, points, remove);
        fill(item);
    }

    private void fill(Rule.Item item) {
        if (item == null) {
            type.setValue(Type.COURSE_COMPLETIONS);
            return;
        }
        required.setValue(item.required());
        points.setValue(item.points());
        Criterion c = item.criterion();
        if (c instanceof Criterion.CourseCompletions cc) {
            type.setValue(Type.COURSE_COMPLETIONS);
            course.getListDataView().getItems().filter(s -> s.id().equals(cc.courseId())).findFirst().ifPresent(course::setValue);
            minMembers.setValue(cc.minMembers());
            minWomen.setValue(cc.minWomen());
        } else if (c instanceof Criterion.ApprovedAssignment a) {
            type.setValue(Type.APPROVED_ASSIGNMENT);
            assignment.setValue(a.assignmentId());
        } else if (c instanceof Criterion.Milestone m) {
            type.setValue(Type.MILESTONE);
            milestoneKind.setValue(m.kind());
            minLevel.setValue(m.minLevel());
        } else if (c instanceof Criterion.SelfAssessment s) {
            type.setValue(Type.SELF_ASSESSMENT);
            area.setValue(s.areaCode());
            minScore.setValue(s.minScore());
        }
    }

    private void show(Type shown) {
        course.setVisible(shown == Type.COURSE_COMPLETIONS);
        minMembers.setVisible(shown == Type.COURSE_COMPLETIONS);
        minWomen.setVisible(shown == Type.COURSE_COMPLETIONS);
        assignment.setVisible(shown == Type.APPROVED_ASSIGNMENT);
        milestoneKind.setVisible(shown == Type.MILESTONE);
        minLevel.setVisible(shown == Type.MILESTONE);
        area.setVisible(shown == Type.SELF_ASSESSMENT);
        minScore.setVisible(shown == Type.SELF_ASSESSMENT);
    }

    /** The item as entered; a criterion missing its main field is null, which the rule's validation refuses. */
    Rule.Item item() {
        Criterion criterion = null;
        Type chosen = type.getValue();
        if (chosen == Type.COURSE_COMPLETIONS && course.getValue() != null) {
            criterion = new Criterion.CourseCompletions(course.getValue().id(), number(minMembers, 1), number(minWomen, 0));
        } else if (chosen == Type.APPROVED_ASSIGNMENT && assignment.getValue() != null) {
            criterion = new Criterion.ApprovedAssignment(assignment.getValue());
        } else if (chosen == Type.MILESTONE) {
            criterion = new Criterion.Milestone(milestoneKind.getValue(),
                    Objects.requireNonNullElse(minLevel.getValue(), GovernmentLevel.COMMUNE));
        } else if (chosen == Type.SELF_ASSESSMENT && area.getValue() != null && !area.getValue().isBlank()) {
            criterion = new Criterion.SelfAssessment(area.getValue().strip(), number(minScore, 1));
        }
        return new Rule.Item(criterion, required.getValue(), number(points, 0));
    }

    private static int number(IntegerField field, int otherwise) {
        return field.getValue() == null ? otherwise : field.getValue();
    }

    /** What the pickers offer, read once per editor. */
    record RuleChoices(List<CourseSummary> courses, Map<String, String> assignments, Supplier<List<String>> areaCodes) {
    }
}
