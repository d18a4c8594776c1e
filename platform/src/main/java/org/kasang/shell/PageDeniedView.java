package org.kasang.shell;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;

/**
 * Shown to a signed-in person who opens a page their roles do not allow (e.g. a learner at /coach): the same
 * page as {@link AccessDeniedView}, which covers a service's refusal. Vaadin's navigation access control
 * reroutes such a visit to its own AccessDeniedException, which otherwise shows Vaadin's route list.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class PageDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return AccessDeniedView.show(this);
    }
}
