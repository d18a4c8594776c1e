package org.kasang.learning.ui;

import com.vaadin.flow.component.Component;

/** Byte counts as a learner paying for data reads them: "12 KB", "1.4 MB". */
final class Sizes {

    private Sizes() {
    }

    static String of(Component in, long bytes) {
        if (bytes < 1024 * 1024) {
            return in.getTranslation("size.kb", Math.max(1, Math.round(bytes / 1024.0)));
        }
        return in.getTranslation("size.mb", String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0)));
    }
}
