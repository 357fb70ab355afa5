package be.eloket.test;

import com.icegreen.greenmail.util.GreenMail;
import java.io.File;
import java.net.URISyntaxException;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployments of the tests: always the real EAR the build produced, never hand-picked
 * classes. Test classes and test-only helpers are added to its WAR.
 */
public final class Deployments {

    private static final String WAR = "eloket-web.war";

    private Deployments() {
    }

    /** The EAR with {@code classes} (the test class and what it needs) added to its WAR. */
    public static EnterpriseArchive ear(Class<?>... classes) {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, builtEar());
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        war.addClasses(classes);
        war.addClasses(TestData.class, AsAdministrator.class, AsFacilityUser.class, AsCaseHandler.class, TestDataServlet.class,
                MailCatcher.class, Jobs.class, TestMails.class, TestMails.ChangeFailed.class, SessionSizes.class, AtOnce.class);
        war.addAsLibrary(jarOf(GreenMail.class));
        // GreenMail runs on the server's own Jakarta Mail implementation.
        war.delete("META-INF/MANIFEST.MF");
        war.setManifest(new StringAsset("Manifest-Version: 1.0\nDependencies: org.eclipse.angus.mail\n"));
        return ear;
    }

    /** The WAR inside {@code ear}, to mark as the archive the in-container test runs in. */
    public static WebArchive war(EnterpriseArchive ear) {
        return ear.getAsType(WebArchive.class, WAR);
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static File builtEar() {
        File ear = new File(System.getProperty("eloket.ear", "target/eloket.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("The EAR " + ear + " is missing: build the ear module first");
        }
        return ear;
    }
}
