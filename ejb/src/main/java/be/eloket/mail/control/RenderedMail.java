package be.eloket.mail.control;

/** A mail as its recipient reads it: subject, HTML body and the plain-text alternative. */
public record RenderedMail(String subject, String html, String text) {
}
