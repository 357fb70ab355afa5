package be.eloket.mail.control;

import java.io.Serializable;

/** How sending one mail went. {@code error} says why it did not go out, short and without secrets. */
public record SendOutcome(long mailId, Result result, String error) implements Serializable {

    /** Sent, worth another try later (connection, time-out, SMTP 4xx), or never (SMTP 5xx, bad address). */
    public enum Result { SENT, TEMPORARY_FAILURE, PERMANENT_FAILURE }

    public static SendOutcome sent(long mailId) {
        return new SendOutcome(mailId, Result.SENT, null);
    }

    public static SendOutcome failed(long mailId, Result result, String error) {
        String shortened = error == null ? null : (error.length() > 1900 ? error.substring(0, 1900) : error);
        return new SendOutcome(mailId, result, shortened);
    }
}
