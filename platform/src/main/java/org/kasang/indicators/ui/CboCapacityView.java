package org.kasang.indicators.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kasang.indicators.CapacityStates;
import org.kasang.indicators.Milestones;
import org.kasang.indicators.SelfAssessments;
import org.kasang.organisations.OrganisationService;

import java.util.NoSuchElementException;

/** A CBO's capacity, milestones, self-assessments and evidence log, opened from its page on the coach's side. */
@Route("coach/cbo/:cboId/capacity")
@RolesAllowed({"COACH", "ADMIN"})
public class CboCapacityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OrganisationService organisations;
    private final CapacityStates states;
    private final Milestones milestones;
    private final SelfAssessments assessments;
    private String title = "";

    public CboCapacityView(OrganisationService organisations, CapacityStates states, Milestones milestones,
                           SelfAssessments assessments) {
        this.organisations = organisations;
        this.states = states;
        this.milestones = milestones;
        this.assessments = assessments;
        addClassName("kasang-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long cboId = event.getRouteParameters().getLong("cboId").orElseThrow(() -> new NoSuchElementException("cbo"));
        String name = organisations.cbo(cboId).getName();
        title = getTranslation("capacity.page.title", name);
        removeAll();
        add(new Anchor("coach/cbo/" + cboId, getTranslation("capacity.page.back", name)), new H2(title),
                new CboCapacitySection(states, milestones, assessments, cboId));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
