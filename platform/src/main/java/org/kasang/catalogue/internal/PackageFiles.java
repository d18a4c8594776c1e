package org.kasang.catalogue.internal;

import java.io.IOException;
import java.util.Optional;

/** The files of one course package, wherever they are (classpath folder, zip upload). */
public interface PackageFiles {

    String MANIFEST = "course.yaml";

    /** Where the package came from, for messages. */
    String name();

    Optional<byte[]> read(String relativePath) throws IOException;
}
