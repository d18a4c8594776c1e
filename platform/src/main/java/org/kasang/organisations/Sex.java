package org.kasang.organisations;

public enum Sex {
    FEMALE, MALE, OTHER, NOT_STATED
}
