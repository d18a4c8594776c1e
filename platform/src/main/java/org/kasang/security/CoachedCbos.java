package org.kasang.security;

import java.time.LocalDate;
import java.util.Set;

/** Which CBOs a coach follows on a given day; provided by the organisations feature. */
public interface CoachedCbos {
    Set<Long> assignedTo(long coachPersonId, LocalDate day);
}
