package org.kasang.catalogue.internal;

import org.kasang.catalogue.Text;

import java.util.Map;

/** A read and validated course package, ready to import. Maps are keyed by module id; attachments by path. */
public record CoursePackage(PackageManifest manifest,
                            Map<String, PackageManifest.Quiz> preTestsByModule,
                            Map<String, PackageManifest.Quiz> quizzesByModule,
                            Map<String, PackageManifest.Assignment> assignmentsByModule,
                            Map<String, Text> lessonBodies, Map<String, byte[]> attachments, String contentHash) {
}
