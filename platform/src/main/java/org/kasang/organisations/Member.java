package org.kasang.organisations;

import java.time.LocalDate;

/** A current member of a CBO, as lists show them. */
public record Member(long personId, String fullName, Sex sex, Integer birthYear, long cboId, LocalDate since) {
}
