package org.kasang.assignments.internal;

import org.kasang.catalogue.AssignmentPaper;
import org.kasang.common.InvalidInput;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Answers checked against the assignment's template: only its fields, each of its kind and within length.
 * Messages name the field by its id; the page shows the field's label in the learner's language.
 */
public final class AnswerRules {

    public static final int MAX_TEXT = 500;
    public static final int MAX_LONG_TEXT = 10_000;

    private AnswerRules() {
    }

    /** @return the answers as stored: trimmed, blanks dropped, numbers plain, in the template's order */
    public static Map<String, String> clean(AssignmentPaper paper, Map<String, String> answers) {
        Map<String, AssignmentPaper.Field> fields = paper.fields().stream()
                .collect(Collectors.toMap(AssignmentPaper.Field::id, Function.identity()));
        answers.keySet().stream().filter(id -> !fields.containsKey(id)).findFirst().ifPresent(id -> {
            throw new InvalidInput("submission.error.unknown-field", id);
        });
        Map<String, String> clean = new LinkedHashMap<>();
        for (AssignmentPaper.Field field : paper.fields()) {
            String value = answers.get(field.id());
            if (value != null && !value.isBlank()) {
                clean.put(field.id(), checked(field, value.strip()));
            }
        }
        return clean;
    }

    /** Throws naming the first required field (in template order) that has no answer. */
    public static void requireComplete(AssignmentPaper paper, Map<String, String> cleanAnswers) {
        paper.fields().stream().filter(AssignmentPaper.Field::required)
                .filter(field -> !cleanAnswers.containsKey(field.id()))
                .findFirst().ifPresent(field -> {
                    throw new InvalidInput("submission.error.required", field.id());
                });
    }

    private static String checked(AssignmentPaper.Field field, String value) {
        return switch (field.kind()) {
            case "number" -> number(field, value);
            case "date" -> date(field, value);
            case "choice" -> {
                if (field.options().stream().noneMatch(option -> option.id().equals(value))) {
                    throw new InvalidInput("submission.error.choice", field.id());
                }
                yield value;
            }
            case "long-text" -> bounded(field, value, MAX_LONG_TEXT);
            default -> bounded(field, value, MAX_TEXT);
        };
    }

    private static String number(AssignmentPaper.Field field, String value) {
        try {
            BigDecimal number = new BigDecimal(value.replace(",", "").replace(" ", ""));
            if (number.precision() > 20 || number.scale() > 6) {
                throw new NumberFormatException(value);
            }
            return number.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            throw new InvalidInput("submission.error.number", field.id());
        }
    }

    private static String date(AssignmentPaper.Field field, String value) {
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw new InvalidInput("submission.error.date", field.id());
        }
    }

    private static String bounded(AssignmentPaper.Field field, String value, int max) {
        if (value.codePointCount(0, value.length()) > max) {
            throw new InvalidInput("submission.error.too-long", field.id(), max);
        }
        return value;
    }
}
