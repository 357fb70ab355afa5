package be.eloket.organisation.entity;

import be.eloket.platform.EmailAddress;
import be.eloket.platform.PhoneNumber;
import be.eloket.platform.WebAddress;
import be.eloket.platform.PlainText;
import be.eloket.theme.entity.Theme;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A care facility (voorziening): its name and identifying number come from the department's
 * register (BO-8, BO-9) and are read-only for the facility; phone, e-mail and web address are kept
 * up to date by the facility itself (ORG-2). A closed facility is kept with its history: its users
 * no longer log in and it gets no new conversation.
 */
@Entity
@Table(name = "facility")
public class Facility implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * How the register writes a facility's number: ten digits grouped as the Crossroads Bank for
     * Enterprises writes its numbers ("0412.345.601"). Only the form is checked: the department's
     * register numbers its facilities itself, without the KBO's check digits.
     */
    public static final String NUMBER_FORM = "\\d{4}\\.\\d{3}\\.\\d{3}";

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.]");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    @Id
    @SequenceGenerator(name = "facility_seq", sequenceName = "facility_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "facility_seq")
    private Long id;

    @NotBlank(message = "{organisation.name.required}")
    @Size(max = 200, message = "{validation.too-long}")
    @PlainText
    private String name;

    @NotBlank(message = "{organisation.number.required}")
    @Size(max = 20, message = "{validation.too-long}")
    @PlainText
    private String number;

    @PhoneNumber
    private String phone;

    @NotBlank(message = "{organisation.email.required}")
    @EmailAddress
    private String email;

    @WebAddress
    private String url;

    /** When the department closed the facility in the register; null while it is open (BO-8). */
    @Column(name = "closed_at")
    private Instant closedAt;

    @ManyToMany
    @JoinTable(name = "facility_theme",
            joinColumns = @JoinColumn(name = "facility_id"),
            inverseJoinColumns = @JoinColumn(name = "theme_id"))
    @OrderBy("nameNl")
    private List<Theme> themes = new ArrayList<>();

    @Version
    private long version;

    protected Facility() {
        // for JPA
    }

    public Facility(String name, String number) {
        this.name = name;
        this.number = number;
    }

    /**
     * {@code typed} as the register writes numbers ({@link #NUMBER_FORM}) when it holds ten digits
     * (nine: an older number without its leading zero) between spaces and dots; as typed, stripped,
     * otherwise, so that the rule of the form refuses it.
     */
    public static String numberAsWritten(String typed) {
        if (typed == null) {
            return null;
        }
        String digits = SEPARATORS.matcher(typed).replaceAll("");
        if (digits.length() == 9 && DIGITS.matcher(digits).matches()) {
            digits = "0" + digits;
        }
        return digits.length() == 10 && DIGITS.matcher(digits).matches()
                ? digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7)
                : typed.strip();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void rename(String name) {
        this.name = name;
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public void close(Instant now) {
        closedAt = now;
    }

    public void reopen() {
        closedAt = null;
    }

    public String getNumber() {
        return number;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public List<Theme> getThemes() {
        return themes;
    }

    public long getVersion() {
        return version;
    }

    /**
     * The facility's theme {@code themeId} if a new conversation may start under it (MSG-13, BO-3,
     * BO-4): one of its own themes that is not deactivated, of a facility that is not closed
     * (BO-8). Every way of starting a conversation asks here; the conversations a theme already
     * has stay readable whatever this answers.
     */
    public Optional<Theme> themeForNewConversation(Long themeId) {
        return themeId == null || isClosed() ? Optional.empty() : themes.stream()
                .filter(theme -> theme.getId().equals(themeId) && theme.acceptsNewConversations())
                .findFirst();
    }
}
