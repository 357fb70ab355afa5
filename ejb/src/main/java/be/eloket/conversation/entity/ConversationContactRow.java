package be.eloket.conversation.entity;

import be.eloket.platform.EmailAddress;
import be.eloket.platform.PhoneNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * One line of "Contactdetails" (MSG-8, MSG-9): a person to notify of every reaction in this
 * conversation. {@code standard} marks a contact person of the theme (an existing one carries
 * its {@code contactPersonId}; a new one becomes a contact person of the theme, CP-4).
 */
public class ConversationContactRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long contactPersonId;

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

    private boolean standard;

    public ConversationContactRow() {
        // "Voeg toe"
    }

    public ConversationContactRow(Long contactPersonId, String lastName, String firstName, String email, String phone,
                                  boolean standard) {
        this.contactPersonId = contactPersonId;
        this.lastName = lastName;
        this.firstName = firstName;
        this.email = email;
        this.phone = phone;
        this.standard = standard;
    }

    public Long getContactPersonId() {
        return contactPersonId;
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

    public boolean isStandard() {
        return standard;
    }

    public void setStandard(boolean standard) {
        this.standard = standard;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

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
