package org.kasang.catalogue.internal;

import org.kasang.catalogue.Text;

import java.util.Map;

/** A read and validated course package, ready to import. */
public record CoursePackage(PackageManifest manifest, Map<String, PackageManifest.Quiz> quizzesByModule,
                            Map<String, Text> lessonBodies, String contentHash) {
}
