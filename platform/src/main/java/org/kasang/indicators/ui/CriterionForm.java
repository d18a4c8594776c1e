package org.kasang.indicators.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.kasang.common.InvalidInput;
import org.kasang.indicators.Criterion;
import org.kasang.indicators.GovernmentLevel;
import org.kasang.indicators.MilestoneKind;
import org.kasang.indicators.Rule;

/** One criterion of an indicator's numerator: the kind of evidence and its few settings. */
class CriterionForm extends FormLayout {

    /** The kinds of criterion, as Criterion names them. */
    enum Type {
        COURSE_COMPLETIONS, APPROVED_ASSIGNMENT, MILESTONE, SELF_ASSESSMENT, CAPACITY_LEVEL
    }

    final Select<Type> type = new Select<>();
    final TextField reference = new TextField();
    final IntegerField minimum = new IntegerField();
    final IntegerField women = new IntegerField();
    final Select<MilestoneKind> milestone = new Select<>();
    final Select<GovernmentLevel> level = new Select<>();

    CriterionForm() {
        type.setLabel(getTranslation("indicator.criterion"));
        type.setItems(Type.values());
        type.setItemLabelGenerator(t -> getTranslation("indicator.criterion." + t.name()));
        reference.setLabel(getTranslation("indicator.criterion.reference"));
        reference.setHelperText(getTranslation("indicator.criterion.reference.help"));
        minimum.setLabel(getTranslation("indicator.criterion.minimum"));
        women.setLabel(getTranslation("indicator.criterion.women"));
        milestone.setLabel(getTranslation("indicator.criterion.milestone"));
        milestone.setItems(MilestoneKind.values());
        milestone.setItemLabelGenerator(k -> k == null ? getTranslation("indicator.milestone.any")
                : getTranslation("indicator.milestone." + k.name()));
        milestone.setEmptySelectionAllowed(true);
        milestone.setEmptySelectionCaption(getTranslation("indicator.milestone.any"));
        level.setLabel(getTranslation("indicator.criterion.level"));
        level.setItems(GovernmentLevel.values());
        level.setItemLabelGenerator(l -> l == null ? getTranslation("indicator.level.any")
                : getTranslation("indicator.level." + l.name()));
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption(getTranslation("indicator.level.any"));
        add(type, reference, minimum, women, milestone, level);
    }

    boolean chosen() {
        return type.getValue() != null;
    }

    /** Shows a rule of one criterion; @return false when the rule is richer than this form. */
    boolean show(Rule rule) {
        if (rule.kind() != Rule.Kind.ALL_OF || rule.items().size() != 1) {
            return false;
        }
        Criterion c = rule.items().get(0).criterion();
        if (c instanceof Criterion.CourseCompletions cc) {
            set(Type.COURSE_COMPLETIONS, cc.courseId(), cc.minMembers());
            women.setValue(cc.minWomen());
        } else if (c instanceof Criterion.ApprovedAssignment a) {
            set(Type.APPROVED_ASSIGNMENT, a.assignmentId(), null);
        } else if (c instanceof Criterion.Milestone m) {
            set(Type.MILESTONE, "", null);
            milestone.setValue(m.kind());
            level.setValue(m.minLevel());
        } else if (c instanceof Criterion.SelfAssessment s) {
            set(Type.SELF_ASSESSMENT, s.areaCode(), s.minScore());
        } else if (c instanceof Criterion.CapacityLevel l) {
            set(Type.CAPACITY_LEVEL, l.areaCode(), l.minRank());
        }
        return true;
    }

    private void set(Type kind, String ref, Integer min) {
        type.setValue(kind);
        reference.setValue(ref);
        minimum.setValue(min);
    }

    Rule rule() {
        if (type.getValue() == null) {
            throw new InvalidInput("indicator.error.criterion");
        }
        String ref = reference.getValue().strip();
        int min = minimum.getValue() == null ? 1 : minimum.getValue();
        if (ref.isEmpty() && type.getValue() != Type.MILESTONE) {
            throw new InvalidInput("indicator.error.criterion");
        }
        Criterion c = switch (type.getValue()) {
            case COURSE_COMPLETIONS -> new Criterion.CourseCompletions(ref, min,
                    women.getValue() == null ? 0 : women.getValue());
            case APPROVED_ASSIGNMENT -> new Criterion.ApprovedAssignment(ref);
            case MILESTONE -> new Criterion.Milestone(milestone.getValue(), level.getValue());
            case SELF_ASSESSMENT -> new Criterion.SelfAssessment(ref, min);
            default -> new Criterion.CapacityLevel(ref, min);
        };
        return Rule.allOf(c);
    }
}
