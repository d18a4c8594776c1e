package org.kasang.organisations;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an admin enters about a member. */
public record MemberProfile(
        @NotBlank(message = "{member.error.name}") @Size(max = 200) String fullName,
        @NotNull Sex sex,
        @Min(value = 1900, message = "{member.error.birth-year}") @Max(value = 2100, message = "{member.error.birth-year}") Integer birthYear,
        @Pattern(regexp = "^$|^[+0-9 ]{6,20}$", message = "{member.error.phone}") String phone,
        @NotNull Disability disability,
        boolean disabilityConsent) {

    public static MemberProfile blank() {
        return new MemberProfile("", Sex.NOT_STATED, null, "", Disability.NOT_STATED, false);
    }
}
