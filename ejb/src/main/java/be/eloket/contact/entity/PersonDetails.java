package be.eloket.contact.entity;

import be.eloket.platform.EmailAddress;
import be.eloket.platform.PhoneNumber;
import be.eloket.platform.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * Name, e-mail and phone of a person to keep informed: a contact person (CP-3) and a contact of a
 * conversation (MSG-9) store them in the same columns, and the lines of the contact persons table
 * and of a message's "Contactdetails" (MSG-10) hold them as a user types them. The rules of these
 * fields are written here, once.
 */
@MappedSuperclass
public abstract class PersonDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{contacts.last-name.required}")
    @Size(max = 100, message = "{validation.too-long}")
    @PlainText
    @Column(name = "last_name")
    private String lastName;

    @NotBlank(message = "{contacts.first-name.required}")
    @Size(max = 100, message = "{validation.too-long}")
    @PlainText
    @Column(name = "first_name")
    private String firstName;

    @NotBlank(message = "{contacts.email.required}")
    @EmailAddress
    private String email;

    @NotBlank(message = "{contacts.phone.required}")
    @PhoneNumber
    private String phone;

    protected PersonDetails() {
    }

    protected PersonDetails(String lastName, String firstName, String email, String phone) {
        this.lastName = lastName;
        this.firstName = firstName;
        this.email = email;
        this.phone = phone;
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

    public String fullName() {
        return firstName + " " + lastName;
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
