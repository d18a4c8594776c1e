package org.kasang.security;

/** Creates the person behind a new account; provided by the organisations feature. */
public interface PersonDirectory {
    long createPerson(String fullName);

    String fullName(long personId);

    /** The CBOs the person is or was a member of, so that a coach's rights over their sign-in can be checked. */
    java.util.Set<Long> cboIdsEver(long personId);
}
