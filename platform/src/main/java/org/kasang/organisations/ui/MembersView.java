package org.kasang.organisations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.kasang.organisations.Member;
import org.kasang.organisations.MemberService;
import org.kasang.organisations.OrganisationService;
import org.kasang.common.InvalidInput;
import org.kasang.security.AccountService;
import org.kasang.security.AccountService.SignInStatus;
import org.springframework.data.domain.PageRequest;

import java.util.HashMap;
import java.util.Map;

/**
 * A CBO's current members: add (with a sign-in), edit, end a membership. Programme staff reach it from the
 * registry; a coach from their CBO's page, for the CBOs they coach (the services check the scope).
 */
@Route("admin/cbos/:cboId/members")
@RouteAlias("coach/cbo/:cboId/members")
@RolesAllowed({"ADMIN", "COACH"})
public class MembersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Grid<Member> grid = new Grid<>();
    private final OrganisationService organisations;
    private final MemberService members;
    private final AccountService accounts;
    /** Sign-ins of the members on the pages fetched so far, one query per page. */
    private final Map<Long, SignInStatus> signIns = new HashMap<>();
    private long cboId;
    private String title = "";

    public MembersView(OrganisationService organisations, MemberService members, AccountService accounts) {
        this.organisations = organisations;
        this.members = members;
        this.accounts = accounts;
        addClassName("kasang-page");
        setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Member::fullName).setHeader(getTranslation("member.name")).setFrozen(true).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(m -> getTranslation("sex." + m.sex().name())).setHeader(getTranslation("member.sex"));
        grid.addColumn(m -> m.birthYear() == null ? getTranslation("common.not-stated") : String.valueOf(m.birthYear()))
                .setHeader(getTranslation("member.birth-year"));
        grid.addColumn(Member::since).setHeader(getTranslation("member.since"));
        grid.addColumn(this::signInText).setHeader(getTranslation("member.sign-in")).setKey("sign-in");
        grid.addComponentColumn(m -> {
            Button edit = new Button(getTranslation("common.edit"), click -> openForm(m.personId()));
            Button end = new Button(getTranslation("member.end"), click -> confirmEnd(m));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            HorizontalLayout actions = new HorizontalLayout(edit);
            SignInStatus signIn = signIns.get(m.personId());
            if (accounts.issuesOneTimePasswords() && signIn != null && signIn.enabled()) {
                Button reset = new Button(getTranslation("member.otp.new"), click -> newOneTimePassword(m));
                reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                actions.add(reset);
            }
            actions.add(end);
            return actions;
        }).setKey("actions").setAutoWidth(true);
        grid.setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        cboId = event.getRouteParameters().getLong("cboId").orElseThrow(() -> new java.util.NoSuchElementException("cbo"));
        title = getTranslation("member.title", organisations.cbo(cboId).getName());
        grid.setItems(query -> {
            var page = members.members(cboId, PageRequest.of(query.getPage(), query.getPageSize())).getContent();
            signIns.putAll(accounts.signInsOf(page.stream().map(Member::personId).toList()));
            return page.stream();
        });
        Button add = new Button(getTranslation("member.add"), click -> openForm(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // A coach came from their CBO's page (coaching's, reached by its address); staff from the registry.
        var back = event.getLocation().getPath().startsWith("coach/")
                ? new Anchor("coach/cbo/" + cboId, getTranslation("member.back"))
                : new RouterLink(getTranslation("cbo.title"), CboRegistryView.class);
        removeAll();
        add(back, new H2(title), add, grid);
    }

    private String signInText(Member member) {
        SignInStatus signIn = signIns.get(member.personId());
        if (signIn == null) {
            return getTranslation("member.sign-in.none");
        }
        return signIn.enabled() ? signIn.username() : getTranslation("member.sign-in.disabled", signIn.username());
    }

    private void newOneTimePassword(Member member) {
        confirm("member.otp.new", getTranslation("member.otp.new.confirm", member.fullName()), () ->
                new OneTimePasswordDialog(member.fullName(), accounts.newOneTimePassword(member.personId())).open());
    }

    private void openForm(Long personId) {
        new MemberDialog(members, accounts, cboId, personId, () -> grid.getDataProvider().refreshAll()).open();
    }

    private void confirmEnd(Member member) {
        confirm("member.end", getTranslation("member.end.confirm", member.fullName()), () -> {
            members.endMembership(member.personId(), cboId);
            grid.getDataProvider().refreshAll();
        });
    }

    /** Asks first; a refusal (bad input, Keycloak unreachable) is shown and nothing changed. */
    private void confirm(String actionKey, String question, Runnable action) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation(actionKey));
        confirm.setText(question);
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation(actionKey));
        confirm.addConfirmListener(e -> {
            try {
                action.run();
            } catch (InvalidInput refused) {
                Notification.show(getTranslation(refused.key())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
