package be.eloket.test;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.Collections;
import java.util.LongSummaryStatistics;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sessions this server created, to weigh them (P4): the size of a session is what Java
 * serialisation makes of its attributes, about what the cluster's cache replicates per user.
 */
@WebListener
public class SessionSizes implements HttpSessionListener {

    private static final Set<HttpSession> LIVE = Collections.newSetFromMap(new ConcurrentHashMap<>());

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        LIVE.add(event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        LIVE.remove(event.getSession());
    }

    /** Count, average and largest serialised size in bytes of the live sessions holding a login. */
    static LongSummaryStatistics measure() {
        LongSummaryStatistics sizes = new LongSummaryStatistics();
        for (HttpSession session : LIVE) {
            try {
                if (Collections.list(session.getAttributeNames()).isEmpty()) {
                    continue;
                }
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                    for (String name : Collections.list(session.getAttributeNames())) {
                        out.writeObject(name);
                        out.writeObject(session.getAttribute(name));
                    }
                }
                sizes.accept(bytes.size());
            } catch (IllegalStateException invalidated) {
                LIVE.remove(session);
            } catch (IOException notSerialisable) {
                throw new IllegalStateException("a session attribute is not serialisable", notSerialisable);
            }
        }
        return sizes;
    }
}
