package be.eloket.theme.entity;

import be.eloket.platform.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A subject area (thema) such as "Woonzorgcentra": facilities have themes, contact persons are
 * responsible for themes, and every conversation is about one theme.
 */
@Entity
@Table(name = "theme")
public class Theme implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "theme_seq", sequenceName = "theme_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "theme_seq")
    private Long id;

    @NotBlank(message = "{theme.code.required}")
    @Size(max = 40, message = "{validation.too-long}")
    @PlainText
    private String code;

    @NotBlank(message = "{theme.name.required}")
    @Size(max = 200, message = "{validation.too-long}")
    @PlainText
    @Column(name = "name_nl")
    private String nameNl;

    @NotBlank(message = "{theme.name.required}")
    @Size(max = 200, message = "{validation.too-long}")
    @PlainText
    @Column(name = "name_en")
    private String nameEn;

    private boolean active = true;

    @ManyToOne
    @JoinColumn(name = "default_team_id")
    private Team defaultTeam;

    @ManyToMany
    @JoinTable(name = "theme_team",
            joinColumns = @JoinColumn(name = "theme_id"),
            inverseJoinColumns = @JoinColumn(name = "team_id"))
    @OrderBy("name")
    private List<Team> teams = new ArrayList<>();

    @Version
    private long version;

    protected Theme() {
        // for JPA
    }

    public Theme(String code, String nameNl, String nameEn) {
        this.code = code;
        this.nameNl = nameNl;
        this.nameEn = nameEn;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameNl() {
        return nameNl;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public void setNameNl(String nameNl) {
        this.nameNl = nameNl;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public long getVersion() {
        return version;
    }

    /**
     * Whether a new conversation may start under this theme (BO-4): not once it is deactivated;
     * the conversations it already has stay readable.
     */
    public boolean acceptsNewConversations() {
        return active;
    }

    /** The name in the user's language; Dutch unless English is asked for. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameNl;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Team getDefaultTeam() {
        return defaultTeam;
    }

    public void setDefaultTeam(Team defaultTeam) {
        this.defaultTeam = defaultTeam;
    }

    public List<Team> getTeams() {
        return teams;
    }
}
