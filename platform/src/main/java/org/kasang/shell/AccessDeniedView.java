package org.kasang.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/** Shown when someone asks for a CBO or record outside their scope, whatever way they asked. */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return show(this);
    }

    /** The page's content, shared with {@link PageDeniedView}; the status to answer with. */
    static int show(VerticalLayout page) {
        page.removeAll();
        page.add(new H2(page.getTranslation("error.denied.title")),
                new Paragraph(page.getTranslation("error.denied.text")), new Anchor("", page.getTranslation("error.home")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
