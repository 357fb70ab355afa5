package be.eloket.web.facility;

import be.eloket.contact.boundary.ContactPersons;
import be.eloket.contact.model.ContactList;
import be.eloket.contact.model.ContactRow;
import be.eloket.theme.entity.Theme;
import be.eloket.web.ActiveUser;
import be.eloket.web.Language;
import be.eloket.web.Problems;
import be.eloket.web.Refusals;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The "Contactpersonengegevens" tab of /facility/organisation.xhtml (CP-1..10). */
@Named
@ViewScoped
public class ContactsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ActiveUser activeUser;

    @Inject
    Language language;

    @EJB
    ContactPersons contactPersons;

    private ContactList list;
    private List<ContactRow> rows;
    private boolean editing;

    @PostConstruct
    void load() {
        show(contactPersons.list(activeUser.facilityId()));
    }

    public void edit() {
        editing = true;
    }

    public void addLine() {
        rows.add(new ContactRow());
    }

    public void removeLine(ContactRow row) {
        rows.remove(row);
    }

    public void cancel() {
        load();
        editing = false;
    }

    @Refusals(value = "contacts.not-saved", lines = "contacts.column", changed = "contacts.changed-by-someone-else")
    public void save() {
        show(contactPersons.save(activeUser.facilityId(), list.version(), rows, language.getLocale()));
        editing = false;
        Problems.globalInfo("contacts.saved");
    }

    @Refusals("contacts.not-resent")
    public void resend(ContactRow row) {
        contactPersons.resendConfirmation(activeUser.facilityId(), row.getId(), language.getLocale());
        Problems.globalInfo("contacts.resent", row.getEmail());
    }

    /** The names of the themes of a line, for the read-only table. */
    public String themeNames(ContactRow row) {
        return list.themes().stream()
                .filter(theme -> row.getThemeIds().contains(theme.getId()))
                .map(theme -> theme.name(language.getLocale()))
                .collect(Collectors.joining(", "));
    }

    public String names(ContactList.ThemeContacts entry) {
        return String.join(", ", entry.names());
    }

    public String themeName(Theme theme) {
        return theme.name(language.getLocale());
    }

    private void show(ContactList contactList) {
        list = contactList;
        rows = new ArrayList<>(contactList.rows());
    }

    public ContactList getList() {
        return list;
    }

    public List<ContactRow> getRows() {
        return rows;
    }

    public boolean isEditing() {
        return editing;
    }
}
