package be.eloket.account.model;

/** Why a login was refused, as the login page may say it (SEC-1, BO-7, BO-8). */
public enum LoginRefusal {

    /** An unknown e-mail address, a wrong password, or an account without password yet. */
    WRONG_CREDENTIALS("login.failed"),
    /** The account is deactivated, the password right. */
    DEACTIVATED("login.deactivated"),
    /** The account's facility is closed in the register, the password right. */
    FACILITY_CLOSED("login.facility-closed");

    private final String messageKey;

    LoginRefusal(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
