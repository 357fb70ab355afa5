package be.eloket.contact.model;

import be.eloket.contact.entity.ContactPerson;
import be.eloket.contact.entity.PersonDetails;
import jakarta.validation.constraints.NotEmpty;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of the contact persons table as the user edits it (CP-2, CP-3): the person's details
 * (with their rules, {@link PersonDetails}) and the themes, checked by the boundary for every line.
 * {@code id} is null for a line added in this edit. {@code confirmed} and {@code hasAccount} are
 * shown, never taken from the user.
 */
public class ContactRow extends PersonDetails {

    private static final long serialVersionUID = 1L;

    private Long id;

    @NotEmpty(message = "{contacts.themes.required}")
    private List<Long> themeIds = new ArrayList<>();

    private boolean confirmed;
    private boolean hasAccount;
    private boolean undeliverable;

    public ContactRow() {
        // an empty line ("Voeg een nieuwe lijn toe")
    }

    public ContactRow(Long id, String lastName, String firstName, String email, String phone, List<Long> themeIds) {
        super(lastName, firstName, email, phone);
        this.id = id;
        this.themeIds = new ArrayList<>(themeIds);
    }

    public Long getId() {
        return id;
    }

    public List<Long> getThemeIds() {
        return themeIds;
    }

    public void setThemeIds(List<Long> themeIds) {
        this.themeIds = themeIds == null ? new ArrayList<>() : new ArrayList<>(themeIds);
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public boolean isHasAccount() {
        return hasAccount;
    }

    /** The newest mail to this address failed for good (MAIL-7). */
    public boolean isUndeliverable() {
        return undeliverable;
    }

    public boolean isNew() {
        return id == null;
    }

    /** The stored state of a person, as a line of the table. */
    public static ContactRow of(ContactPerson person, boolean hasAccount, boolean undeliverable) {
        ContactRow row = new ContactRow(person.getId(), person.getLastName(), person.getFirstName(), person.getEmail(),
                person.getPhone(), person.getThemes().stream().map(theme -> theme.getId()).toList());
        row.confirmed = person.isConfirmed();
        row.hasAccount = hasAccount;
        row.undeliverable = undeliverable;
        return row;
    }
}
