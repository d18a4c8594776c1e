package org.kasang.common;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.kasang.organisations.CboForm;
import org.kasang.organisations.CboStatus;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

/** A form's first problem becomes a message key the UI can translate. */
class InvalidInputTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void our_messages_become_keys_and_others_a_general_message() {
        assertThatThrownBy(() -> InvalidInput.check(validator, new CboForm(" ", 1L, false, "", null, CboStatus.ACTIVE)))
                .isInstanceOf(InvalidInput.class).hasMessage("cbo.error.name");
        assertThatThrownBy(() -> InvalidInput.check(validator, new CboForm("Name", 1L, false, "", null, null)))
                .isInstanceOf(InvalidInput.class).hasMessage("error.invalid");
        assertThatCode(() -> InvalidInput.check(validator, new CboForm("Name", 1L, false, "", 2001, CboStatus.ACTIVE)))
                .doesNotThrowAnyException();
    }
}
