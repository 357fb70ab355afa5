package be.eloket.account.entity;

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
