package org.kasang.catalogue;

import org.kasang.catalogue.internal.ClasspathPackageFiles;
import org.kasang.catalogue.internal.CourseExporter;
import org.kasang.catalogue.internal.CourseImporter;
import org.kasang.catalogue.internal.CoursePackageReader;
import org.kasang.catalogue.internal.InvalidPackage;
import org.kasang.catalogue.internal.PackageFiles;
import org.kasang.catalogue.internal.ZipPackageFiles;
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

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CourseImportService.class);

    private final CoursePackageReader reader;
    private final CourseImporter importer;
    private final CourseExporter exporter;

    CourseImportService(CoursePackageReader reader, CourseImporter importer, CourseExporter exporter) {
        this.reader = reader;
        this.importer = importer;
        this.exporter = exporter;
    }

    /** A package uploaded as a .zip; a broken one raises {@link InvalidPackage} and changes nothing. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public Imported importZip(String fileName, byte[] zip) {
        try {
            return importOne(ZipPackageFiles.read(fileName, zip));
        } catch (IOException e) {
            throw new InvalidPackage(fileName, List.of("the file is not a readable .zip: " + e.getMessage()));
        }
    }

    /** The course as a .zip package, in the layout it was imported with. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public byte[] exportZip(String courseId) {
        return exporter.zip(courseId);
    }

    /**
     * Imports every package found at the location pattern; each package is its own transaction, and a
     * broken one is reported (outcome INVALID and its problems) without stopping the others.
     */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public List<Imported> importAll(String locationPattern) {
        List<Imported> results = new ArrayList<>();
        for (Resource manifest : find(locationPattern)) {
            var files = new ClasspathPackageFiles(manifest);
            try {
                results.add(importOne(files));
            } catch (InvalidPackage e) {
                log.error("Course package {} was not imported: {}", files.name(), e.getMessage());
                results.add(new Imported(files.name(), "INVALID"));
            }
        }
        return results;
    }

    /** Reads and validates a package without importing it. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public void read(PackageFiles files) {
        try {
            reader.read(files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
