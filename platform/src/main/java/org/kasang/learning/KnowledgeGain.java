package org.kasang.learning;

/**
 * A pre-test and the post-test it is compared with, for one learner: what they knew before and after.
 *
 * @param postScore best post-test score, null while not yet attempted
 */
public record KnowledgeGain(String preTestId, String postTestId, int preScore, Integer postScore) {

    /** Percentage points gained, null while the post-test is not attempted. */
    public Integer gain() {
        return postScore == null ? null : postScore - preScore;
    }
}
