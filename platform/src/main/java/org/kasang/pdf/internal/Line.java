package org.kasang.pdf.internal;

import java.util.List;

/** One line of set text: its runs left to right, its width and its extent above and below the baseline. */
public record Line(List<GlyphRun> runs, float width, float ascent, float descent, boolean khmer) {
}
