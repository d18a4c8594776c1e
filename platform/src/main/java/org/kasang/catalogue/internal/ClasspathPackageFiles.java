package org.kasang.catalogue.internal;

import org.springframework.core.io.Resource;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.Optional;

/** A package folder on the classpath, found through its course.yaml. */
public record ClasspathPackageFiles(Resource manifest) implements PackageFiles {

    @Override
    public String name() {
        return manifest.getDescription();
    }

    @Override
    public Optional<byte[]> read(String relativePath) throws IOException {
        if (relativePath.contains("..") || relativePath.startsWith("/")) {
            return Optional.empty();
        }
        Resource resource = manifest.createRelative(relativePath);
        try (var in = resource.getInputStream()) {
            return Optional.of(in.readAllBytes());
        } catch (FileNotFoundException e) {
            return Optional.empty();
        }
    }
}
