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
    /** MSG-15: a question for the technical helpdesk, answered by mail to the person who asked. */
    HELPDESK_QUESTION("helpdesk-question", "senderEmail"),
    /** BO-7: an account was made for you; choose your password through the link. */
    ACCOUNT_INVITATION("account-invitation"),
    /** BO-7: your password was reset; choose a new one through the link. */
    ACCOUNT_PASSWORD_RESET("account-password-reset");

    private final String template;
    private final String replyTo;

    MailKind(String template) {
        this(template, null);
    }

    MailKind(String template, String replyTo) {
        this.template = template;
        this.replyTo = replyTo;
    }

    public String template() {
        return template;
    }

    /**
     * The key of the template data that holds the address a reply by mail goes to, or null when
     * nobody reads replies to this kind of mail (MAIL-8): the portal's own mails are answered in
     * the portal, not by mail.
     */
    public String replyTo() {
        return replyTo;
    }
}
