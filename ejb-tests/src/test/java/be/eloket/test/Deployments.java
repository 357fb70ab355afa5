package be.eloket.test;

import com.icegreen.greenmail.util.GreenMail;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
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
                MailCatcher.class, Jobs.class, TestMails.class, TestMails.ChangeFailed.class, SessionSizes.class, AtOnce.class,
                RolledBack.class, InServerTest.class, PlainInserts.class);
        war.addAsLibrary(jarOf(GreenMail.class));
        // GreenMail runs on the server's own Jakarta Mail implementation.
        war.delete("META-INF/MANIFEST.MF");
        war.setManifest(new StringAsset("Manifest-Version: 1.0\nDependencies: org.eclipse.angus.mail\n"));
        return ear;
    }

    /** The EAR with every test class that runs inside the server ({@link InServerTest}) added to its WAR. */
    public static EnterpriseArchive inServer() {
        return ear(IN_SERVER_TESTS.toArray(Class<?>[]::new));
    }

    /** Found once per test run: every in-server class deploys the same list. */
    private static final List<Class<?>> IN_SERVER_TESTS = inServerTests();

    /** The classes of the build's test folder that extend {@link InServerTest}. */
    private static List<Class<?>> inServerTests() {
        try {
            Path classes = Path.of(InServerTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(classes)) {
                return files.map(file -> classes.relativize(file).toString())
                        .filter(name -> name.endsWith(".class") && !name.contains("$"))
                        .map(name -> name.substring(0, name.length() - ".class".length()).replace(java.io.File.separatorChar, '.'))
                        .map(Deployments::load)
                        .filter(type -> InServerTest.class.isAssignableFrom(type) && type != InServerTest.class)
                        .sorted(Comparator.comparing(Class::getName))
                        .toList();
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the test classes", e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Deployments.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name, e);
        }
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
