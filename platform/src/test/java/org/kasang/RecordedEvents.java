package org.kasang;

import org.kasang.learning.CourseCompleted;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Listens to the domain events the application publishes, as indicators will. */
@TestComponent
public class RecordedEvents {

    private final List<CourseCompleted> completions = new CopyOnWriteArrayList<>();

    @EventListener
    void on(CourseCompleted event) {
        completions.add(event);
    }

    public List<CourseCompleted> completions() {
        return List.copyOf(completions);
    }
}
