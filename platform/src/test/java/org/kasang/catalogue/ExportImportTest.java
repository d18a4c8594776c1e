package org.kasang.catalogue;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kasang.IntegrationTest;
import org.kasang.catalogue.internal.ClasspathPackageFiles;
import org.kasang.catalogue.internal.CoursePackage;
import org.kasang.catalogue.internal.CoursePackageReader;
import org.kasang.catalogue.internal.InvalidPackage;
import org.kasang.catalogue.internal.ZipPackageFiles;
import org.kasang.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A course exported as a .zip and read back is the package that shipped; bad zips are refused. */
class ExportImportTest extends IntegrationTest {

    @Autowired
    CourseImportService imports;

    @TestFactory
    Stream<DynamicTest> exporting_then_importing_every_bundled_course_gives_back_the_same_package() throws IOException {
        var manifests = new PathMatchingResourcePatternResolver().getResources(CourseImportService.BUNDLED);
        return Arrays.stream(manifests).map(manifest -> DynamicTest.dynamicTest(manifest.getDescription(), () -> {
            signInAs(fixtures.staff("Exporting trainer", Role.TRAINER));
            CoursePackage shipped = new CoursePackageReader().read(new ClasspathPackageFiles(manifest));
            String courseId = shipped.manifest().id();

            byte[] zip = imports.exportZip(courseId);
            CoursePackage exported = new CoursePackageReader().read(ZipPackageFiles.read(courseId + ".zip", zip));

            assertThat(exported.manifest()).isEqualTo(shipped.manifest());
            assertThat(exported.lessonBodies()).isEqualTo(shipped.lessonBodies());
            assertThat(exported.preTestsByModule()).isEqualTo(shipped.preTestsByModule());
            assertThat(exported.quizzesByModule()).isEqualTo(shipped.quizzesByModule());
            assertThat(exported.assignmentsByModule()).isEqualTo(shipped.assignmentsByModule());
            assertThat(imports.importZip(courseId + ".zip", zip).outcome()).isIn("UNCHANGED", "UPDATED");
        }));
    }

    @Test
    void a_zip_bomb_is_refused_before_it_fills_memory() throws IOException {
        signInAs(fixtures.staff("Bomb trainer", Role.TRAINER));
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("course.yaml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 120; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(out.size()).isLessThan(1024 * 1024);
        assertThatThrownBy(() -> imports.importZip("bomb.zip", out.toByteArray()))
                .isInstanceOf(InvalidPackage.class).hasMessageContaining("unpacks to more than 100 MB");
    }

    @Test
    void a_file_that_is_not_a_package_is_refused_with_a_message() {
        signInAs(fixtures.staff("Zip trainer", Role.TRAINER));
        assertThatThrownBy(() -> imports.importZip("notes.zip", "just text".getBytes()))
                .isInstanceOf(InvalidPackage.class).hasMessageContaining("no course.yaml");
    }
}
