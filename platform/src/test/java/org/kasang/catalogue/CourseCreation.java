package org.kasang.catalogue;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.kasang.catalogue.ui.CourseEditorView;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/** A trainer starts a new course from the course list, as the authoring tests all begin. */
final class CourseCreation {

    private CourseCreation() {
    }

    static void inTheUi(String courseId, String englishTitle, String khmerTitle) {
        UI.getCurrent().navigate("trainer/courses");
        _click(_get(Button.class, spec -> spec.withText("New course")));
        _get(TextField.class, spec -> spec.withLabel("Course id")).setValue(courseId);
        _get(TextField.class, spec -> spec.withLabel("Title in English")).setValue(englishTitle);
        _get(TextField.class, spec -> spec.withLabel("Title in Khmer")).setValue(khmerTitle);
        @SuppressWarnings("unchecked")
        Select<String> topic = _get(Select.class, spec -> spec.withLabel("Topic"));
        topic.setValue("advocacy");
        _click(_get(Button.class, spec -> spec.withText("Create and edit")));
        _get(CourseEditorView.class);
    }
}
