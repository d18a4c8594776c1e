package org.kasang.learning;

/**
 * A CBO's knowledge gain on one pre-test/post-test pair: how many members took the pre-test, how many took
 * both, and the average scores of those who took both.
 */
public record CboKnowledgeGain(String courseId, String preTestId, String postTestId, int tookPreTest, int tookBoth,
                               Double averagePre, Double averagePost) {

    public Double averageGain() {
        return averagePre == null || averagePost == null ? null : averagePost - averagePre;
    }
}
