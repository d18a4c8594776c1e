package org.kasang.pdf.internal;

/** The bundled faces. Khmer has no italic: emphasis in Khmer text keeps the upright face. */
public enum Typeface {
    SANS("NotoSans-Regular.ttf", false),
    SANS_BOLD("NotoSans-Bold.ttf", false),
    SANS_ITALIC("NotoSans-Italic.ttf", false),
    KHMER("NotoSansKhmer-Regular.ttf", true),
    KHMER_BOLD("NotoSansKhmer-Bold.ttf", true);

    final String file;
    final boolean khmer;

    Typeface(String file, boolean khmer) {
        this.file = file;
        this.khmer = khmer;
    }

    static Typeface of(boolean khmer, boolean bold, boolean italic) {
        if (khmer) {
            return bold ? KHMER_BOLD : KHMER;
        }
        return bold ? SANS_BOLD : italic ? SANS_ITALIC : SANS;
    }

    public boolean isKhmer() {
        return khmer;
    }
}
