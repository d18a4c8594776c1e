package org.kasang.security;

import java.util.Set;

/**
 * What the signed-in user may see: their own person, the CBOs they coach today, or everything.
 * Queries take it as a parameter so that a forgotten check returns nothing rather than everything.
 */
public record Scope(long personId, Set<Long> coachedCboIds, boolean everything) {

    public Scope {
        coachedCboIds = Set.copyOf(coachedCboIds);
    }

    public boolean coversCbo(long cboId) {
        return everything || coachedCboIds.contains(cboId);
    }

    public boolean coversPerson(long otherPersonId) {
        return everything || personId == otherPersonId;
    }

    /** CBO ids for an "in (…)" query parameter; never empty, so SQL stays valid and matches nothing. */
    public Set<Long> cboIdsForQuery() {
        return coachedCboIds.isEmpty() ? Set.of(-1L) : coachedCboIds;
    }
}
