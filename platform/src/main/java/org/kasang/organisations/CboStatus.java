package org.kasang.organisations;

public enum CboStatus {
    ACTIVE, DORMANT, CLOSED
}
