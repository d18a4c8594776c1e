package org.kasang.learning;

import java.io.Serializable;
import java.time.Instant;

/**
 * A learner's "I need help" on a lesson, quiz or assignment (and perhaps one question of it), and the
 * coach's answer once given.
 */
public record HelpRequest(long id, long personId, String learnerName, Long cboId, String courseId, String itemId,
                          String questionId, String message, Status status, Instant createdAt, String answer,
                          Instant answeredAt) implements Serializable {

    public enum Status { OPEN, ANSWERED }

    public boolean open() {
        return status == Status.OPEN;
    }
}
