package org.kasang.coaching.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.kasang.learning.TimeSpent;

/** Time spent as a coach reads it: hours and minutes, and the rule behind the estimate beside the total. */
final class TimeSpentText {

    private TimeSpentText() {
    }

    static String minutes(Component in, int minutes) {
        return minutes < 60 ? in.getTranslation("member.time.minutes", minutes)
                : in.getTranslation("member.time.hours", minutes / 60, minutes % 60);
    }

    static Div total(Component in, TimeSpent time) {
        Span total = new Span(in.getTranslation("member.time.total", minutes(in, time.totalMinutes())));
        total.addClassName("kasang-time-spent");
        Span rule = new Span(in.getTranslation("member.time.rule", time.maxGapMinutes()));
        rule.addClassNames("kasang-muted", "kasang-time-rule");
        // One line each: the figure, then the rule it comes from.
        Div box = new Div(new Div(total), new Div(rule));
        box.addClassName("kasang-time");
        return box;
    }
}
