package be.eloket.mail.entity;

/**
 * What a mail is about; each kind has its templates under {@code mail-templates/<template>/},
 * in Dutch and English (MAIL-5).
 */
public enum MailKind {
    /** CP-4: please confirm that you are the contact person (a link with a token). */
    CONTACT_CONFIRMATION("contact-confirmation"),
    /** CP-7: which of your contact data changed. */
    CONTACT_CHANGED("contact-changed"),
    /** CP-7: to the old address, when the address of a contact person changed. */
    CONTACT_ADDRESS_CHANGED("contact-address-changed"),
    /** CP-8: you are no longer a contact person. */
    CONTACT_REMOVED("contact-removed"),
    /** MSG-16: a message is waiting in the e-loket (never its content). */
    MESSAGE_NOTIFICATION("message-notification"),
    /** MSG-15: a question for the technical helpdesk. */
    HELPDESK_QUESTION("helpdesk-question"),
    /** BO-7: an account was made for you; choose your password through the link. */
    ACCOUNT_INVITATION("account-invitation"),
    /** BO-7: your password was reset; choose a new one through the link. */
    ACCOUNT_PASSWORD_RESET("account-password-reset");

    private final String template;

    MailKind(String template) {
        this.template = template;
    }

    public String template() {
        return template;
    }
}
