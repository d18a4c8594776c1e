package org.kasang.coaching;

/** How a coaching session was held; a facilitated one also records the lessons covered. */
public enum SessionKind {
    FIELD_VISIT, ONLINE, PHONE, FACILITATED
}
