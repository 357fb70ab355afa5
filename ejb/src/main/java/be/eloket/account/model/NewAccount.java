package be.eloket.account.model;

import be.eloket.platform.EmailAddress;
import be.eloket.platform.PlainText;
import be.eloket.platform.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Locale;

/**
 * An account an administrator makes (BO-7): for whom, with which role, bound to which facility
 * (facility users) or team (case handlers, optional), and the language of the invitation mail.
 * No password: the holder chooses one through the invitation.
 */
public class NewAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{accounts.email.required}")
    @EmailAddress
    private String email;

    @NotBlank(message = "{accounts.name.required}")
    @Size(max = 200, message = "{accounts.name.too-long}")
    @PlainText
    private String displayName;

    @NotNull(message = "{accounts.role.required}")
    private Role role;

    private Long facilityId;

    private Long teamId;

    /** "nl" or "en". */
    private String language = "nl";

    public void strip() {
        email = email == null ? null : email.strip();
        displayName = displayName == null ? null : displayName.strip();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getFacilityId() {
        return facilityId;
    }

    public void setFacilityId(Long facilityId) {
        this.facilityId = facilityId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public String getLanguage() {
        return language;
    }

    /** The language of the mails: English when asked for, Dutch otherwise. */
    public Locale locale() {
        return Locale.forLanguageTag("en".equals(language) ? "en" : "nl");
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
