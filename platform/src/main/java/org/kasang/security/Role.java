package org.kasang.security;

/** What a person may do on the platform. One person may hold several roles. */
public enum Role {
    /** A CBO member taking courses. */
    LEARNER,
    /** NGO staff who author courses and modules. */
    TRAINER,
    /** Follows the CBOs assigned to them. */
    COACH,
    /** Programme and M&E staff: the CBO registry and indicators. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
