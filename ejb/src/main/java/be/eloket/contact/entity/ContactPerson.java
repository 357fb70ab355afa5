package be.eloket.contact.entity;

import be.eloket.organisation.entity.Facility;
import be.eloket.theme.entity.Theme;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A contact person of a facility, responsible for one or more of its themes (CP-1). Until the
 * person confirms through the link in the mail, the person is listed but is not the contact of
 * any theme (CP-4, CP-6).
 */
@Entity
@Table(name = "contact_person")
public class ContactPerson extends PersonDetails {

    /**
     * The active themes {@code t} of facilities {@code f} that no confirmed contact person of that
     * facility covers (JPQL, from "from" on): a facility's tasks (CP-9) and the department's report
     * of missing contact persons (BO-5) are this one rule.
     */
    public static final String UNCOVERED_THEMES = " from Facility f join f.themes t where t.active = true and f.closedAt is null"
            + " and not exists (select p from ContactPerson p join p.themes pt"
            + " where p.facility = f and pt = t and p.confirmed = true)";

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "contact_person_seq", sequenceName = "contact_person_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_person_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "facility_id")
    private Facility facility;

    @Column(name = "email_key")
    private String emailKey;

    private String language;

    private boolean confirmed;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @ManyToMany
    @JoinTable(name = "contact_person_theme",
            joinColumns = @JoinColumn(name = "contact_person_id"),
            inverseJoinColumns = @JoinColumn(name = "theme_id"))
    @OrderBy("nameNl")
    private List<Theme> themes = new ArrayList<>();

    @Version
    private long version;

    protected ContactPerson() {
        // for JPA
    }

    public ContactPerson(Facility facility, String language) {
        this.facility = facility;
        this.language = language;
    }

    /** E-mail addresses are compared without regard to case (CP-3). */
    public static String keyOf(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public Facility getFacility() {
        return facility;
    }

    /** A new address must be confirmed again (CP-7). */
    @Override
    public void setEmail(String email) {
        if (getEmail() != null && !keyOf(email).equals(emailKey)) {
            confirmed = false;
            confirmedAt = null;
        }
        super.setEmail(email);
        this.emailKey = keyOf(email);
    }

    public String getEmailKey() {
        return emailKey;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public void confirm(Instant at) {
        confirmed = true;
        confirmedAt = at;
    }

    public List<Theme> getThemes() {
        return themes;
    }
}
