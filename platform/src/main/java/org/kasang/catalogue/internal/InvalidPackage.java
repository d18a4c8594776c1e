package org.kasang.catalogue.internal;

import java.util.List;

/** A course package that cannot be imported; each problem names the file and what is wrong. */
public class InvalidPackage extends RuntimeException {

    private final List<String> problems;

    public InvalidPackage(String packageName, List<String> problems) {
        super(packageName + ":\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
