package org.kasang.learning.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.kasang.learning.CourseProgress;
import org.kasang.learning.CourseStatus;

/** "4 of 9 done" with a bar; "Completed" once the course rule is met. */
class CourseProgressBar extends Div {

    CourseProgressBar(CourseProgress progress) {
        addClassName("kasang-progress");
        ProgressBar bar = new ProgressBar(0, Math.max(1, progress.itemsTotal()), progress.itemsCompleted());
        Span label = new Span(progress.status() == CourseStatus.COMPLETED
                ? getTranslation("learn.progress.completed")
                : getTranslation("learn.progress", progress.itemsCompleted(), progress.itemsTotal()));
        label.addClassName("kasang-progress-label");
        add(bar, label);
    }
}
