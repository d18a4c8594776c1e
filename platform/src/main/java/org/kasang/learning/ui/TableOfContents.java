package org.kasang.learning.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.kasang.catalogue.CourseOutline;
import org.kasang.catalogue.ItemType;
import org.kasang.learning.CourseProgress;
import org.kasang.learning.ItemStatus;
import org.kasang.learning.LearningService;

import java.util.Locale;

/**
 * The course's items with their status, reading time and size, the current one marked. Closed at first and
 * filled only when opened, so moving from lesson to lesson does not carry it over the wire.
 */
class TableOfContents extends Details {

    TableOfContents(LearningService learning, CourseOutline outline, String currentItemId) {
        setSummaryText(getTranslation("learn.contents"));
        addClassName("kasang-toc");
        addOpenedChangeListener(event -> {
            if (event.isOpened() && getContent().findAny().isEmpty()) {
                add(list(outline, learning.progress(outline.courseId()), currentItemId));
            }
        });
    }

    private Div list(CourseOutline outline, CourseProgress progress, String currentItemId) {
        Div list = new Div();
        for (CourseOutline.Module module : outline.modules()) {
            Span heading = new Span(module.title().in(getLocale()));
            heading.addClassName("kasang-toc-module");
            list.add(heading);
            for (CourseOutline.Item item : module.items()) {
                list.add(CourseItemRow.of(this, getLocale(), outline.courseId(), item, progress.statusOf(item.id()),
                        item.id().equals(currentItemId)));
            }
        }
        return list;
    }

    /** One item of an outline: its link, status badge, and for lessons the reading time and size. */
    static final class CourseItemRow {

        private CourseItemRow() {
        }

        static Div of(com.vaadin.flow.component.Component in, Locale locale, String courseId, CourseOutline.Item item,
                      ItemStatus status, boolean current) {
            Div row = new Div();
            row.addClassNames("kasang-outline-item", "status-" + status.name().toLowerCase(Locale.ROOT));
            if (current) {
                row.addClassName("current");
            }
            RouterLink link = new RouterLink();
            link.setText(item.title().in(locale));
            link.getElement().setAttribute("href", LearningRoutes.item(courseId, item));
            Div text = new Div(link);
            text.addClassName("kasang-outline-text");
            Span detail = new Span(detail(in, locale, item));
            detail.addClassName("kasang-muted");
            text.add(detail);
            Span badge = new Span(in.getTranslation("status.item." + status.name()));
            badge.getElement().getThemeList().add("badge pill" + switch (status) {
                case COMPLETED -> " success";
                case NEEDS_HELP -> " error";
                default -> "";
            });
            row.add(text, badge);
            return row;
        }

        private static String detail(com.vaadin.flow.component.Component in, Locale locale, CourseOutline.Item item) {
            if (item.type() != ItemType.LESSON) {
                return in.getTranslation("learn.item-type." + item.type().name());
            }
            return in.getTranslation("learn.minutes-short", item.estimatedMinutes()) + " · "
                    + Sizes.of(in, item.textBytes(locale) + item.mediaBytes(locale));
        }
    }
}
