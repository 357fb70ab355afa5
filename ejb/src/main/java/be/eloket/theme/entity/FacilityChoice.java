package be.eloket.theme.entity;

import java.io.Serializable;

/** A facility found by name or number, to pick the one whose themes to change (BO-4). */
public record FacilityChoice(long id, String name, String number) implements Serializable {

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getNumber() {
        return number;
    }
}
