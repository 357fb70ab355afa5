package be.eloket.web.backoffice;

import be.eloket.account.model.AccountFilter;
import be.eloket.platform.Role;
import java.io.Serializable;

/**
 * The account list's filters as they are being typed (BO-7): "Filteren" makes them the list's
 * {@link AccountFilter}.
 */
public class AccountFilterForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private Role role;
    private String facility;
    private Boolean active;

    public AccountFilter filter() {
        return new AccountFilter(name, role, facility, active);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getFacility() {
        return facility;
    }

    public void setFacility(String facility) {
        this.facility = facility;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }
}
