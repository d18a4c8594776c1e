package org.kasang.catalogue.internal;

import org.kasang.catalogue.CourseImportService;
import org.kasang.security.SystemUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Imports the courses that ship with Kasang at start-up; unchanged packages are left as they are. */
@Component
@Order(10)
@ConditionalOnProperty(name = "kasang.courses.import-on-start-up", havingValue = "true", matchIfMissing = true)
class BundledCourses implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BundledCourses.class);
    private final CourseImportService imports;

    BundledCourses(CourseImportService imports) {
        this.imports = imports;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemUser.run(() -> imports.importAll(CourseImportService.BUNDLED).forEach(result ->
                log.info("Course package {}: {}", result.source(), result.outcome())));
    }
}
