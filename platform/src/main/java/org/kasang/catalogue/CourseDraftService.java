package org.kasang.catalogue;

import org.kasang.catalogue.internal.CourseExporter;
import org.kasang.catalogue.internal.CourseRepository;
import org.kasang.catalogue.internal.DraftRows;
import org.kasang.catalogue.internal.InvalidPackage;
import org.kasang.catalogue.internal.PackageManifest;
import org.kasang.catalogue.internal.PackageYaml;
import org.kasang.catalogue.internal.ZipPackageFiles;
import org.kasang.common.InvalidInput;
import org.kasang.security.CurrentUser;
import org.kasang.security.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A trainer's work on a course, kept as a package until it is published. Publishing imports it as the
 * next version (learners keep their progress by stable ids); archiving takes a course out of the
 * catalogue and keeps its records.
 */
@Service
@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
public class CourseDraftService {

    private static final Pattern VERSION = Pattern.compile("(?m)^version: *(\\d+) *$");

    private final DraftRows drafts;
    private final CourseRepository courses;
    private final CourseExporter exporter;
    private final CourseImportService imports;
    private final CurrentUser currentUser;
    private final Clock clock;

    CourseDraftService(DraftRows drafts, CourseRepository courses, CourseExporter exporter,
                       CourseImportService imports, CurrentUser currentUser, Clock clock) {
        this.drafts = drafts;
        this.courses = courses;
        this.exporter = exporter;
        this.imports = imports;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The draft's files: the saved draft, else the published course as it stands. */
    @Transactional(readOnly = true)
    public Map<String, byte[]> files(String courseId) {
        return drafts.find(courseId).map(zip -> unzip(courseId, zip)).orElseGet(() -> exporter.files(courseId));
    }

    /** The course as a .zip package: the draft where there is one, else the published version. */
    @Transactional(readOnly = true)
    public byte[] exportZip(String courseId) {
        return ZipPackageFiles.zip(courseId, files(courseId));
    }

    @Transactional
    public void save(String courseId, Map<String, byte[]> files) {
        drafts.save(courseId, ZipPackageFiles.zip(courseId, files),
                currentUser.find().map(SignedInUser::accountId).orElse(null), clock.instant());
    }

    /** What stops the draft from being published, in the validator's words; empty when it can be. */
    @Transactional(readOnly = true)
    public List<String> problems(String courseId) {
        try {
            imports.read(ZipPackageFiles.of(courseId, files(courseId)));
            return List.of();
        } catch (InvalidPackage e) {
            return e.problems();
        }
    }

    /**
     * Publishes the draft as the version after the one learners have: validated, imported in one
     * transaction, back in the catalogue; the draft is then done.
     */
    @Transactional
    public CourseImportService.Imported publish(String courseId) {
        Map<String, byte[]> files = new java.util.TreeMap<>(files(courseId));
        int next = courses.findById(courseId).map(c -> c.getVersion() + 1).orElse(1);
        String manifest = new String(files.get("course.yaml"), java.nio.charset.StandardCharsets.UTF_8);
        Matcher version = VERSION.matcher(manifest);
        if (!version.find()) {
            throw new InvalidInput("draft.error.no-version");
        }
        int stated = Integer.parseInt(version.group(1));
        files.put("course.yaml", version.replaceFirst("version: " + Math.max(next, stated))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        CourseImportService.Imported result = imports.importOne(ZipPackageFiles.of(courseId, files));
        courses.findById(courseId).ifPresent(course -> course.setPublished(true));
        drafts.delete(courseId);
        return result;
    }

    @Transactional
    public void archive(String courseId) {
        courses.findById(courseId).orElseThrow(() -> new NoSuchElementException(courseId)).setPublished(false);
    }

    @Transactional(readOnly = true)
    public CourseStatus status(String courseId) {
        return courses.findById(courseId)
                .map(course -> course.isPublished() ? CourseStatus.PUBLISHED : CourseStatus.ARCHIVED)
                .orElseGet(() -> {
                    if (drafts.find(courseId).isEmpty()) {
                        throw new NoSuchElementException(courseId);
                    }
                    return CourseStatus.DRAFT;
                });
    }

    /** A course as the trainer's list shows it. */
    public record Listing(CourseSummary course, CourseStatus status) {
    }

    /** Every course with its status, in three queries however many there are: published, archived, drafts. */
    @Transactional(readOnly = true)
    public List<Listing> listing() {
        List<Listing> result = new java.util.ArrayList<>();
        courses.published().forEach(c -> result.add(new Listing(CatalogueService.summary(c), CourseStatus.PUBLISHED)));
        courses.unpublished().forEach(c -> result.add(new Listing(CatalogueService.summary(c), CourseStatus.ARCHIVED)));
        java.util.Set<String> known = new java.util.HashSet<>();
        result.forEach(listing -> known.add(listing.course().id()));
        drafts.courseIds().stream().filter(id -> !known.contains(id))
                .forEach(id -> result.add(new Listing(draftSummary(id), CourseStatus.DRAFT)));
        return result;
    }

    private CourseSummary draftSummary(String courseId) {
        try {
            PackageManifest m = PackageYaml.read(files(courseId).get("course.yaml"), PackageManifest.class);
            return new CourseSummary(courseId, m.version() == null ? 0 : m.version(), m.title(), m.summary(), m.topic(),
                    m.estimatedMinutes() == null ? 0 : m.estimatedMinutes(),
                    m.languages() == null ? "" : String.join(",", m.languages()));
        } catch (RuntimeException unreadable) {
            // A broken draft still appears, under its id, so the trainer can open it and mend it.
            return new CourseSummary(courseId, 0, Text.of(courseId), Text.of(""), "", 0, "");
        }
    }

    private static Map<String, byte[]> unzip(String courseId, byte[] zip) {
        try {
            return ZipPackageFiles.read(courseId, zip).all();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
