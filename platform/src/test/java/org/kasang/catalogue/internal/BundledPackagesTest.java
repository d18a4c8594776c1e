package org.kasang.catalogue.internal;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Every course package that ships with Kasang passes the validator: a broken package fails the build. */
class BundledPackagesTest {

    @TestFactory
    Stream<DynamicTest> every_bundled_package_is_valid() throws IOException {
        var manifests = new PathMatchingResourcePatternResolver().getResources("classpath*:courses/*/course.yaml");
        assertThat(manifests).isNotEmpty();
        return Arrays.stream(manifests).map(manifest -> DynamicTest.dynamicTest(manifest.getDescription(), () ->
                assertThatCode(() -> new CoursePackageReader().read(new ClasspathPackageFiles(manifest)))
                        .doesNotThrowAnyException()));
    }
}
