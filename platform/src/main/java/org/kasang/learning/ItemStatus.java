package org.kasang.learning;

public enum ItemStatus {
    NOT_STARTED, STARTED, NEEDS_HELP, COMPLETED
}
