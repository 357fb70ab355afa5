package be.eloket.account.model;

import be.eloket.platform.Role;
import java.io.Serializable;

/**
 * The filters of the account list (BO-7); null or blank means "any". Name (display name or
 * e-mail address) and facility are case-insensitive "contains".
 */
public record AccountFilter(String name, Role role, String facility, Boolean active) implements Serializable {

    public static AccountFilter any() {
        return new AccountFilter(null, null, null, null);
    }
}
