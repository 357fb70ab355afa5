package be.eloket.test;

import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Weighs one session (P4): what Java serialisation makes of each of its attributes, about what
 * the cluster's cache holds and replicates for the user. Asked by the user's own client, with its
 * session cookie, so that it weighs a real user's session as the load left it.
 */
final class SessionSizes {

    private SessionSizes() {
    }

    /** The serialised size in bytes of each attribute of {@code session}, by name. */
    static Map<String, Integer> of(HttpSession session) throws IOException {
        Map<String, Integer> sizes = new TreeMap<>();
        for (String name : Collections.list(session.getAttributeNames())) {
            Object value = session.getAttribute(name);
            sizes.put(name, serialisedSize(value));
            if (name.endsWith("LogicalViewMap") && value instanceof Map<?, ?> views) {
                // The views JSF keeps, one by one: which pages weigh most.
                int view = 0;
                for (Object actual : views.values()) {
                    sizes.put(name + "[" + view++ + "]", serialisedSize(actual));
                }
            }
        }
        return sizes;
    }

    private static int serialisedSize(Object value) throws IOException {
        if (!(value instanceof Serializable)) {
            throw new IOException("session attribute of " + value.getClass() + " is not serialisable");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.size();
    }
}
