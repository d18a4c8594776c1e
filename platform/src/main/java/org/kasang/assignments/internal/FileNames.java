package org.kasang.assignments.internal;

import java.text.Normalizer;
import java.util.Locale;

/** A learner's file name made safe to keep and to offer for download: no folders, no odd characters. */
public final class FileNames {

    static final int MAX = 100;

    private FileNames() {
    }

    public static String sanitise(String original) {
        String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        // Letters (Khmer too, with their marks), digits, space, dot, hyphen, underscore, brackets.
        name = name.replaceAll("[^\\p{L}\\p{M}\\p{N} ._()\\-]", "_")
                .replaceAll("\\.{2,}", ".").replaceAll("\\s+", " ").strip();
        name = name.replaceAll("^[. ]+", "");
        int dot = name.lastIndexOf('.');
        String extension = dot >= 0 ? name.substring(dot).toLowerCase(Locale.ROOT) : "";
        String stem = dot >= 0 ? name.substring(0, dot).strip() : name;
        if (extension.length() > 10) {
            stem = name;
            extension = "";
        }
        int room = MAX - extension.length();
        if (stem.codePointCount(0, stem.length()) > room) {
            stem = stem.substring(0, stem.offsetByCodePoints(0, room)).strip();
        }
        return (stem.isEmpty() ? "file" : stem) + extension;
    }
}
