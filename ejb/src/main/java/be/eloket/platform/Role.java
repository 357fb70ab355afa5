package be.eloket.platform;

/**
 * What an account may do. The names are the groups Jakarta Security hands to the container, so
 * they appear in {@code @RolesAllowed} and in the web.xml security constraints.
 */
public enum Role {
    /** Staff of one facility, using the portal. */
    FACILITY_USER,
    /** Department staff answering the conversations of their teams' themes. */
    CASE_HANDLER,
    /** Department staff managing themes, teams, facilities, accounts and the outbox. */
    ADMINISTRATOR;

    /** The role names as compile-time constants, for annotations. */
    public static final class Names {
        public static final String FACILITY_USER = "FACILITY_USER";
        public static final String CASE_HANDLER = "CASE_HANDLER";
        public static final String ADMINISTRATOR = "ADMINISTRATOR";

        private Names() {
        }
    }

    public boolean isDepartmentStaff() {
        return this != FACILITY_USER;
    }
}
