package org.kasang.organisations;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an admin enters about a CBO. */
public record CboForm(
        @NotBlank(message = "{cbo.error.name}") @Size(max = 200, message = "{cbo.error.name}") String name,
        @NotNull(message = "{cbo.error.commune}") Long communeId,
        boolean target,
        @Size(max = 1000, message = "{cbo.error.focus}") String focusIssues,
        @Min(value = 1950, message = "{cbo.error.founded}") @Max(value = 2100, message = "{cbo.error.founded}") Integer foundedYear,
        @NotNull CboStatus status) {

    public static CboForm blank() {
        return new CboForm("", null, false, "", null, CboStatus.ACTIVE);
    }
}
