package org.kasang.indicators;

import org.kasang.catalogue.Text;

/** A CBO's self-assessment scores in one area per round (null = not assessed) and the change from the first. */
public record AreaScores(long areaId, String areaCode, Text areaName, Integer baseline, Integer midline,
                         Integer endline) {

    public Integer latest() {
        return endline != null ? endline : midline != null ? midline : baseline;
    }

    /** Latest minus baseline; null without a baseline or a later round. */
    public Integer change() {
        Integer later = endline != null ? endline : midline;
        return baseline == null || later == null ? null : later - baseline;
    }
}
