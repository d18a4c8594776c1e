package org.kasang.assignments.internal;

import org.kasang.assignments.AssignmentService;
import org.kasang.assignments.SubmissionStatus;
import org.kasang.learning.LearnerWork;
import org.springframework.stereotype.Component;

import java.util.List;

/** The learner's submissions for "My learning": newest first, with their review state. */
@Component
class MyAssignmentWork implements LearnerWork {

    private final AssignmentService assignments;

    MyAssignmentWork(AssignmentService assignments) {
        this.assignments = assignments;
    }

    @Override
    public List<Line> mine() {
        return assignments.mySubmissions().stream()
                .map(s -> new Line(s.courseTitle(), s.assignmentTitle(),
                        "learn/" + s.courseId() + "/assignment/" + s.assignmentId().substring(s.courseId().length() + 1),
                        "submission.status." + s.status().name(),
                        s.status() == SubmissionStatus.RETURNED || s.status() == SubmissionStatus.DRAFT, s.updatedAt()))
                .toList();
    }
}
