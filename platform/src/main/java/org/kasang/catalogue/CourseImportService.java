package org.kasang.catalogue;

import org.kasang.catalogue.internal.ClasspathPackageFiles;
import org.kasang.catalogue.internal.CourseImporter;
import org.kasang.catalogue.internal.CoursePackageReader;
import org.kasang.catalogue.internal.PackageFiles;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Brings course packages into the catalogue: those bundled with Kasang, or one a trainer provides. */
@Service
public class CourseImportService {

    public static final String BUNDLED = "classpath*:courses/*/course.yaml";

    public record Imported(String source, String outcome) {
    }

    private final CoursePackageReader reader;
    private final CourseImporter importer;

    CourseImportService(CoursePackageReader reader, CourseImporter importer) {
        this.reader = reader;
        this.importer = importer;
    }

    /** Imports every package found at the location pattern; each package is its own transaction. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public List<Imported> importAll(String locationPattern) {
        List<Imported> results = new ArrayList<>();
        for (Resource manifest : find(locationPattern)) {
            results.add(importOne(new ClasspathPackageFiles(manifest)));
        }
        return results;
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public Imported importOne(PackageFiles files) {
        try {
            return new Imported(files.name(), importer.importPackage(reader.read(files)).name());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Resource> find(String pattern) {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources(pattern);
            return Arrays.stream(found).sorted(Comparator.comparing(Resource::getDescription)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
