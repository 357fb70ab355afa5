package be.eloket.account.model;

import java.io.Serializable;

/** Something to pick from a list when making an account: a facility or a team. */
public record Choice(long id, String label) implements Serializable {

    public long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }
}
