package org.kasang.organisations;

/** Recorded only with the person's consent; without it, always NOT_STATED. */
public enum Disability {
    NONE, DISABILITY, NOT_STATED
}
