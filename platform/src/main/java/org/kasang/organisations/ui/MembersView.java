package org.kasang.organisations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.kasang.organisations.Member;
import org.kasang.organisations.MemberService;
import org.kasang.organisations.OrganisationService;
import org.kasang.security.AccountService;
import org.springframework.data.domain.PageRequest;

/** A CBO's current members for programme staff: add, edit, end a membership. */
@Route("admin/cbos/:cboId/members")
@RolesAllowed("ADMIN")
public class MembersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Grid<Member> grid = new Grid<>();
    private final OrganisationService organisations;
    private final MemberService members;
    private final AccountService accounts;
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
        grid.addComponentColumn(m -> {
            Button edit = new Button(getTranslation("common.edit"), click -> openForm(m.personId()));
            Button end = new Button(getTranslation("member.end"), click -> confirmEnd(m));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return new HorizontalLayout(edit, end);
        }).setKey("actions").setAutoWidth(true);
        grid.setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        cboId = event.getRouteParameters().getLong("cboId").orElseThrow(() -> new java.util.NoSuchElementException("cbo"));
        title = getTranslation("member.title", organisations.cbo(cboId).getName());
        grid.setItems(query -> members.members(cboId, PageRequest.of(query.getPage(), query.getPageSize())).stream());
        Button add = new Button(getTranslation("member.add"), click -> openForm(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        RouterLink back = new RouterLink(getTranslation("cbo.title"), CboRegistryView.class);
        removeAll();
        add(back, new H2(title), add, grid);
    }

    private void openForm(Long personId) {
        new MemberDialog(members, accounts, cboId, personId, () -> grid.getDataProvider().refreshAll()).open();
    }

    private void confirmEnd(Member member) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("member.end"));
        confirm.setText(getTranslation("member.end.confirm", member.fullName()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("member.end"));
        confirm.addConfirmListener(e -> {
            members.endMembership(member.personId(), cboId);
            grid.getDataProvider().refreshAll();
        });
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
