package be.eloket.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * SEC-3 on pages that keep no state ({@link StatelessViews}): on every other page
 * JSF's view state proves that a form post comes from a page the server gave this person; a
 * stateless page sends "stateless" instead. Its forms carry this person's form token: a random
 * value made at the first such page of the session and kept there (so every server of the
 * cluster knows it), written into the form as the hidden field {@value #FIELD}
 * ({@code #{formTokens.current}}, read once a request by the page frame into {@code #{formToken}})
 * and checked by {@link StatelessPostbacks}.
 */
@Named
@ApplicationScoped
public class FormTokens {

    /** The name of the hidden field that carries the token. */
    public static final String FIELD = "eloket-form-token";
    private static final String ATTRIBUTE = FormTokens.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** This person's form token, made when a page first asks for it. */
    public String getCurrent() {
        Map<String, Object> session = FacesContext.getCurrentInstance().getExternalContext().getSessionMap();
        Object token = session.get(ATTRIBUTE);
        if (token == null) {
            // Two first requests of one session at once must not each make a token of their own
            // (the later one would refuse the forms of the earlier); taken once a session.
            synchronized (FormTokens.class) {
                token = session.computeIfAbsent(ATTRIBUTE, name -> newToken());
            }
        }
        return (String) token;
    }

    private static String newToken() {
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    /** Whether the request carries this person's form token (never when the session made none). */
    static boolean carried(ExternalContext external) {
        Object session = external.getSession(false);
        String expected = session == null ? null : (String) external.getSessionMap().get(ATTRIBUTE);
        String sent = external.getRequestParameterMap().get(FIELD);
        return expected != null && sent != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}
