package be.eloket.organisation.model;

import be.eloket.account.model.NewAccount;
import be.eloket.organisation.entity.Facility;
import be.eloket.platform.EmailAddress;
import be.eloket.platform.PlainText;
import be.eloket.platform.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A facility an administrator adds to the register (BO-8): its name and number, its e-mail address
 * (the first user's when left empty), the themes that apply to it, and optionally its first user,
 * who is invited to choose a password (BO-7).
 */
public class NewFacility implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{organisation.name.required}")
    @Size(max = 200, message = "{validation.too-long}")
    @PlainText
    private String name;

    @NotBlank(message = "{organisation.number.required}")
    @Pattern(regexp = Facility.NUMBER_FORM, message = "{register.number.invalid}")
    private String number;

    @EmailAddress
    private String email;

    private List<Long> themeIds = new ArrayList<>();

    private String userName;

    private String userEmail;

    /** "nl" or "en": the language of the invitation. */
    private String language = "nl";

    /** Strips what was typed and writes the number as the register does ({@link Facility#numberAsWritten}). */
    public void strip() {
        name = stripped(name);
        number = Facility.numberAsWritten(stripped(number));
        email = stripped(email);
        userName = stripped(userName);
        userEmail = stripped(userEmail);
    }

    /** The first user as a new account of this facility, or null when neither name nor e-mail address was given. */
    public NewAccount firstUser() {
        if (userName == null && userEmail == null) {
            return null;
        }
        NewAccount account = new NewAccount();
        account.setDisplayName(userName);
        account.setEmail(userEmail);
        account.setRole(Role.FACILITY_USER);
        account.setLanguage(language);
        return account;
    }

    private static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<Long> getThemeIds() {
        return themeIds;
    }

    public void setThemeIds(List<Long> themeIds) {
        this.themeIds = themeIds == null ? new ArrayList<>() : themeIds;
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName;
    }

    public String getUserEmail() {
        return userEmail;
    }

    public void setUserEmail(String userEmail) {
        this.userEmail = userEmail;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
