package org.kasang.security;

/** Creates the person behind a new account; provided by the organisations feature. */
public interface PersonDirectory {
    long createPerson(String fullName);

    String fullName(long personId);
}
