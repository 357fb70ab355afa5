package be.eloket.organisation.model;

import be.eloket.organisation.entity.RefusedLine;
import java.io.Serializable;
import java.util.List;

/**
 * What an import would do (BO-9), before anything is written: how many facilities it creates,
 * changes (a new name, themes or a contact person added) and leaves alone, how many users it
 * invites, and each line it refuses with the reason.
 */
public record RegisterPreview(long importId, String fileName, int lines, int toCreate, int toChange, int unchanged,
                              int toInvite, List<RefusedLine> refused) implements Serializable {

    public RegisterPreview {
        refused = List.copyOf(refused);
    }
}
