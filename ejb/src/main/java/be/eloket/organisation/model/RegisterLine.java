package be.eloket.organisation.model;

import java.io.Serializable;
import java.util.List;

/**
 * One line of a register file (BO-9), as typed: the facility's number, name, e-mail address and
 * theme codes, its first user, and a contact person for the line's themes. Empty cells are null.
 */
public record RegisterLine(int line, String number, String name, String email, List<String> themeCodes,
                           String userName, String userEmail,
                           String contactLastName, String contactFirstName, String contactEmail, String contactPhone)
        implements Serializable {

    public RegisterLine {
        themeCodes = List.copyOf(themeCodes);
    }

    public boolean hasUser() {
        return userName != null || userEmail != null;
    }

    public boolean hasContact() {
        return contactLastName != null || contactFirstName != null || contactEmail != null || contactPhone != null;
    }
}
