package be.eloket.contact.entity;

import be.eloket.platform.EmailAddress;
import be.eloket.platform.PhoneNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of the contact persons table as the user edits it (CP-2, CP-3): the rules of a contact
 * person's data are written here, once, and checked by the boundary for every line of a save.
 * {@code id} is null for a line added in this edit. {@code confirmed} and {@code hasAccount} are
 * shown, never taken from the user.
 */
public class ContactRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;

    @NotBlank(message = "{contacts.last-name.required}")
    @Size(max = 100, message = "{validation.too-long}")
    private String lastName;

    @NotBlank(message = "{contacts.first-name.required}")
    @Size(max = 100, message = "{validation.too-long}")
    private String firstName;

    @NotBlank(message = "{contacts.email.required}")
    @EmailAddress
    private String email;

    @NotBlank(message = "{contacts.phone.required}")
    @PhoneNumber
    private String phone;

    @NotEmpty(message = "{contacts.themes.required}")
    private List<Long> themeIds = new ArrayList<>();

    private boolean confirmed;
    private boolean hasAccount;
    private boolean undeliverable;

    public ContactRow() {
        // an empty line ("Voeg een nieuwe lijn toe")
    }

    public ContactRow(Long id, String lastName, String firstName, String email, String phone, List<Long> themeIds) {
        this.id = id;
        this.lastName = lastName;
        this.firstName = firstName;
        this.email = email;
        this.phone = phone;
        this.themeIds = new ArrayList<>(themeIds);
    }

    public Long getId() {
        return id;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
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

    /** Surrounding spaces are not part of a value; an empty value is no value. */
    public void strip() {
        lastName = stripped(lastName);
        firstName = stripped(firstName);
        email = stripped(email);
        phone = stripped(phone);
    }

    private static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
