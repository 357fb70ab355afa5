package be.eloket.web.backoffice;

import be.eloket.account.boundary.Accounts;
import be.eloket.account.model.AccountFilter;
import be.eloket.account.model.AccountLine;
import be.eloket.account.model.Choice;
import be.eloket.account.model.NewAccount;
import be.eloket.organisation.boundary.Facilities;
import be.eloket.platform.Role;
import be.eloket.web.PagedRows;
import be.eloket.web.Problems;
import be.eloket.web.Refusals;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** /backoffice/accounts.xhtml, the accounts of the administrators (BO-7). */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many facilities a search offers at most: the administrator types more to narrow it. */
    static final int FACILITY_CHOICES = 20;

    @EJB
    Accounts accounts;

    @EJB
    Facilities facilities;

    private final AccountFilterForm form = new AccountFilterForm();

    /** The filter the list shows: the one of the last "Filteren", not what is being typed. */
    private AccountFilter filter = AccountFilter.any();
    private final PagedRows<AccountLine> lines = new PagedRows<>(
            (first, pageSize) -> accounts.find(filter, first, pageSize), () -> accounts.count(filter), AccountLine::getId);

    private NewAccount newAccount = new NewAccount();
    private String facilitySearch;
    private List<Choice> facilityChoices;
    private List<Choice> teams;

    public void filter() {
        filter = form.filter();
    }

    public AccountFilterForm getForm() {
        return form;
    }

    public void searchFacilities() {
        facilityChoices = facilitySearch == null || facilitySearch.isBlank() ? List.of()
                : facilities.find(facilitySearch, 0, FACILITY_CHOICES).stream()
                        .map(facility -> new Choice(facility.getId(), facility.getName() + " (" + facility.getNumber() + ")"))
                        .toList();
        newAccount.setFacilityId(facilityChoices.size() == 1 ? facilityChoices.get(0).getId() : null);
    }

    @Refusals("accounts.create.not-done")
    public void create() {
        accounts.invite(newAccount);
        Problems.globalInfo("accounts.create.done", newAccount.getEmail());
        newAccount = new NewAccount();
        facilitySearch = null;
        facilityChoices = null;
    }

    @Refusals("accounts.not-changed")
    public void deactivate(AccountLine line) {
        accounts.deactivate(line.getId());
        Problems.globalInfo("accounts.deactivated", line.getDisplayName());
    }

    public void reactivate(AccountLine line) {
        accounts.reactivate(line.getId());
        Problems.globalInfo("accounts.reactivated", line.getDisplayName());
    }

    /** The mail goes out in the administrator's language: the one the person is known to read is not stored. */
    @Refusals("accounts.not-changed")
    public void resetPassword(AccountLine line) {
        accounts.resetPassword(line.getId(), FacesContext.getCurrentInstance().getViewRoot().getLocale());
        Problems.globalInfo("accounts.reset.done", line.getDisplayName(), line.getUsername());
    }

    public PagedRows<AccountLine> getLines() {
        return lines;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public List<Choice> getTeams() {
        if (teams == null) {
            teams = accounts.teams();
        }
        return teams;
    }

    public boolean isFacilityUser() {
        return newAccount.getRole() == Role.FACILITY_USER;
    }

    public boolean isCaseHandler() {
        return newAccount.getRole() == Role.CASE_HANDLER;
    }

    public NewAccount getNewAccount() {
        return newAccount;
    }

    public List<Choice> getFacilityChoices() {
        return facilityChoices;
    }

    public String getFacilitySearch() {
        return facilitySearch;
    }

    public void setFacilitySearch(String facilitySearch) {
        this.facilitySearch = facilitySearch;
    }
}
