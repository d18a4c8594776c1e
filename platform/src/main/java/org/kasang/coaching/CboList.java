package org.kasang.coaching;

/**
 * What the coach asked of their list of CBOs: a filter on name or district, an order, and whether to keep only
 * the CBOs where something waits for them.
 */
public record CboList(String filter, Order order, boolean waitingOnly) {

    public enum Order {
        /** By name. */
        NAME,
        /** By province and district. */
        PLACE,
        /** Most waiting first (help, reviews, overdue actions), then the others by name. */
        WAITING
    }

    public CboList {
        filter = filter == null ? "" : filter.strip();
        order = order == null ? Order.NAME : order;
    }

    public static CboList all() {
        return new CboList("", Order.NAME, false);
    }
}
