package org.kasang.assignments.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.kasang.assignments.Submission;
import org.kasang.catalogue.AssignmentPaper;
import org.kasang.catalogue.Text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The assignment's template as inputs, one per field by its kind, full width, in the learner's language. */
class AnswerForm extends Div {

    static final int MAX_TEXT = 500;
    static final int MAX_LONG_TEXT = 10_000;

    private final Map<String, AbstractField<?, ?>> inputs = new LinkedHashMap<>();
    private final Map<String, AssignmentPaper.Field> fields = new LinkedHashMap<>();
    private final Locale locale;

    AnswerForm(AssignmentPaper paper, Submission submission, Locale locale) {
        this.locale = locale;
        addClassName("kasang-answers");
        for (AssignmentPaper.Field field : paper.fields()) {
            AbstractField<?, ?> input = input(field, submission.answer(field.id()));
            input.getElement().setAttribute("data-field", field.id());
            input.setRequiredIndicatorVisible(field.required());
            String help = field.help() == null ? "" : field.help().in(locale);
            if (!help.isBlank() && input instanceof HasHelper helper) {
                helper.setHelperText(help);
            }
            fields.put(field.id(), field);
            inputs.put(field.id(), input);
            add(input);
        }
    }

    private AbstractField<?, ?> input(AssignmentPaper.Field field, String answer) {
        String label = field.label().in(locale);
        return switch (field.kind()) {
            case "long-text" -> {
                TextArea area = new TextArea(label, answer, "");
                area.setMaxLength(MAX_LONG_TEXT);
                area.setWidthFull();
                yield area;
            }
            case "number" -> {
                NumberField number = new NumberField(label);
                number.setValue(answer.isEmpty() ? null : Double.valueOf(answer));
                number.setWidthFull();
                yield number;
            }
            case "date" -> {
                DatePicker date = new DatePicker(label);
                date.setValue(answer.isEmpty() ? null : LocalDate.parse(answer));
                date.setWidthFull();
                yield date;
            }
            case "choice" -> {
                Map<String, Text> options = field.options().stream().collect(Collectors.toMap(
                        AssignmentPaper.Choice::id, AssignmentPaper.Choice::label, (a, b) -> a, LinkedHashMap::new));
                RadioButtonGroup<String> choice = new RadioButtonGroup<>(label);
                choice.setItems(options.keySet());
                choice.setItemLabelGenerator(id -> options.get(id).in(locale));
                choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
                choice.setValue(options.containsKey(answer) ? answer : null);
                choice.setWidthFull();
                yield choice;
            }
            default -> {
                TextField text = new TextField(label, answer, "");
                text.setMaxLength(MAX_TEXT);
                text.setWidthFull();
                yield text;
            }
        };
    }

    /** Field id → answer as the service takes it: empty when not filled. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        inputs.forEach((id, input) -> values.put(id, text(input.getValue())));
        return values;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double number) {
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    /** The first required field left empty, in the template's order. */
    Optional<String> firstMissing() {
        Map<String, String> values = values();
        return fields.values().stream().filter(AssignmentPaper.Field::required)
                .map(AssignmentPaper.Field::id).filter(id -> values.get(id).isBlank()).findFirst();
    }

    void setEditable(boolean editable) {
        inputs.values().forEach(input -> input.setReadOnly(!editable));
    }

    boolean has(String fieldId) {
        return fields.containsKey(fieldId);
    }

    String label(String fieldId) {
        return fields.get(fieldId).label().in(locale);
    }

    void showError(String fieldId, String message) {
        if (inputs.get(fieldId) instanceof HasValidation validated) {
            validated.setErrorMessage(message);
            validated.setInvalid(true);
        }
    }

    void clearErrors() {
        inputs.values().forEach(input -> {
            if (input instanceof HasValidation validated) {
                validated.setInvalid(false);
            }
        });
    }
}
