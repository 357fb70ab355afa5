package be.eloket.theme.model;

import java.io.Serializable;
import java.util.List;

/**
 * A team that answers the questions of a theme, with its case handlers, as "Hulp nodig?" offers
 * them under "Contacteer ons" (MSG-15).
 */
public record TeamContact(long id, String name, List<CaseHandler> caseHandlers) implements Serializable {

    public TeamContact {
        caseHandlers = List.copyOf(caseHandlers);
    }

    /** A case handler (dossierbehandelaar) of the team: the account to address a message to. */
    public record CaseHandler(long accountId, String name) implements Serializable {

        // Expression Language 5 (Jakarta EE 10) reads bean getters only, not record accessors.

        public long getAccountId() {
            return accountId;
        }

        public String getName() {
            return name;
        }
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public List<CaseHandler> getCaseHandlers() {
        return caseHandlers;
    }
}
