package org.kasang.learning;

/** The xAPI verbs Kasang records, with their ADL identifiers. */
public enum Verb {
    REGISTERED("http://adlnet.gov/expapi/verbs/registered"),
    LAUNCHED("http://adlnet.gov/expapi/verbs/launched"),
    COMPLETED("http://adlnet.gov/expapi/verbs/completed"),
    PASSED("http://adlnet.gov/expapi/verbs/passed"),
    FAILED("http://adlnet.gov/expapi/verbs/failed");

    private final String iri;

    Verb(String iri) {
        this.iri = iri;
    }

    public String iri() {
        return iri;
    }
}
