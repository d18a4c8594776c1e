package org.kasang.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.Comparator;

/**
 * Bad input from a user: the message is a translation key the UI shows, and the use case changed nothing.
 */
public class InvalidInput extends RuntimeException {

    private final transient Object[] args;

    public InvalidInput(String messageKey, Object... args) {
        super(messageKey);
        this.args = args;
    }

    public String key() {
        return getMessage();
    }

    /** Values for the message's {0}, {1}…, such as the file that was refused. */
    public Object[] args() {
        return args.clone();
    }

    /** Validates a form record; the first violation's message template, without braces, is the key. */
    public static <T> T check(Validator validator, T input) {
        validator.validate(input).stream()
                .min(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
                .ifPresent(violation -> {
                    String template = violation.getMessageTemplate();
                    // Our templates are translation keys like {cbo.error.name}; Bean Validation's own are not.
                    throw new InvalidInput(template.matches("\\{[a-z][a-z0-9.\\-]*}")
                            ? template.substring(1, template.length() - 1)
                            : "error.invalid");
                });
        return input;
    }
}
