package be.eloket.web.backoffice;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import be.eloket.test.Browser;
import be.eloket.test.PortalTest;
import be.eloket.test.SessionRequests;
import be.eloket.test.TestData;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * SEC-2 / issue 6 "Access", for every backoffice page at once: opened, and sent the form its
 * action would post (a forged POST, not a hidden button), by someone whose role may not use it.
 * The server answers 403 for each, also when the POST comes as an ajax request; the page tests check the 403 page a person sees.
 */
class BackofficeAccessTest extends PortalTest {

    /** Every page of case handlers and administrators, with the form and button its main action posts. */
    private static final List<Page> STAFF_PAGES = List.of(
            new Page("backoffice/index.xhtml", null, null),
            new Page("backoffice/inbox.xhtml", "inbox", "filter"),
            new Page("backoffice/conversation.xhtml?id=1000", "conversation", "mark-answered"),
            new Page("backoffice/new-message.xhtml", "new-message", "send"));

    /** The pages of administrators only. */
    private static final List<Page> ADMINISTRATOR_PAGES = List.of(
            new Page("backoffice/outbox.xhtml", "outbox", "send-now"),
            new Page("backoffice/audit.xhtml", "audit", "filter"),
            new Page("backoffice/themes.xhtml", "themes", "add"),
            new Page("backoffice/facilities.xhtml", "facilities", "search"),
            new Page("backoffice/facility.xhtml?id=1000", "facility", null),
            new Page("backoffice/missing-contacts.xhtml", "missing", null),
            new Page("backoffice/missing-contacts.csv", null, null),
            new Page("backoffice/helpdesk.xhtml", "helpdesk", null),
            new Page("backoffice/accounts.xhtml", "accounts", "create"));

    @Test
    @DisplayName("SEC-2 a facility user gets 403 for every backoffice page and for a forged POST of its form, plain or ajax")
    void facilityUserRefusedEverywhere() {
        Map<String, String> facility = data().facility("WZC Buiten de Deur " + TestData.unique(), 1);
        assertRefused(facility.get("user"), facility.get("password"),
                Stream.concat(STAFF_PAGES.stream(), ADMINISTRATOR_PAGES.stream()).toList());
    }

    @Test
    @DisplayName("SEC-2 a case handler gets 403 for every administrator page and for a forged POST of its form, plain or ajax")
    void caseHandlerRefusedAdministration() {
        Map<String, String> staff = data().staff("CASE_HANDLER");
        assertRefused(staff.get("user"), staff.get("password"), ADMINISTRATOR_PAGES);
    }

    private void assertRefused(String user, String password, List<Page> pages) {
        try (Browser browser = Browser.open(base)) {
            browser.login(user, password);
            SessionRequests requests = new SessionRequests(browser);
            assertAll(pages.stream().flatMap(page -> Stream.<org.junit.jupiter.api.function.Executable>of(
                    () -> assertEquals(403, requests.get(base + page.path()).statusCode(), "GET " + page.path()),
                    () -> assertEquals(403, requests.post(base + page.path(), page.forgedForm()).statusCode(),
                            "forged POST " + page.path()),
                    () -> assertEquals(403, requests.ajaxPost(base + page.path(), page.forgedAjax()).statusCode(),
                            "forged ajax POST " + page.path()))));
        }
    }

    /** A page, the id of its form and of the button whose action a forged POST pretends to press. */
    private record Page(String path, String form, String button) {

        Map<String, String> forgedForm() {
            if (form == null) {
                return Map.of("jakarta.faces.ViewState", "forged");
            }
            String pressed = form + ":" + (button == null ? "submit" : button);
            return Map.of(form, form, pressed, pressed, "jakarta.faces.ViewState", "forged");
        }

        /** The same form as a PrimeFaces button with ajax would post it. */
        Map<String, String> forgedAjax() {
            Map<String, String> fields = new java.util.LinkedHashMap<>(forgedForm());
            String source = form == null ? "submit" : form + ":" + (button == null ? "submit" : button);
            fields.put("jakarta.faces.partial.ajax", "true");
            fields.put("jakarta.faces.source", source);
            fields.put("jakarta.faces.partial.execute", "@all");
            fields.put("jakarta.faces.partial.render", "@all");
            return fields;
        }
    }
}
