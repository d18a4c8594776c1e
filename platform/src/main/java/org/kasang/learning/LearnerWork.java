package org.kasang.learning;

import org.kasang.catalogue.Text;

import java.time.Instant;
import java.util.List;

/**
 * Work the signed-in learner handed in (assignments and their reviews), as "My learning" lists it. Learning
 * declares it; the feature that keeps the work provides it, so learning does not depend on that feature.
 */
public interface LearnerWork {

    /**
     * @param itemPath  where the learner opens it, relative to the application root
     * @param statusKey translation key of its review state
     */
    record Line(Text courseTitle, Text itemTitle, String itemPath, String statusKey, boolean needsAction,
                Instant updatedAt) {
    }

    List<Line> mine();
}
