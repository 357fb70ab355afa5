package be.eloket.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.eloket.audit.boundary.AuditTrail;
import be.eloket.audit.entity.SubjectKind;
import be.eloket.audit.model.AuditFilter;
import be.eloket.audit.model.AuditLine;
import be.eloket.audit.model.FieldChange;
import be.eloket.helpdesk.boundary.HelpdeskQuestions;
import be.eloket.helpdesk.entity.QuestionStatus;
import be.eloket.helpdesk.model.QuestionFilter;
import be.eloket.helpdesk.model.QuestionLine;
import be.eloket.platform.NotFound;
import be.eloket.platform.RejectedInput;
import be.eloket.test.AsAdministrator;
import be.eloket.test.AsCaseHandler;
import be.eloket.test.AsFacilityUser;
import be.eloket.test.InServerTest;
import be.eloket.test.TestData;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The helpdesk questions in the backoffice (BO-6): list, filter, mark answered, audited. */
class HelpdeskQuestionsTest extends InServerTest {

    @EJB
    HelpdeskQuestions questions;

    @EJB
    AuditTrail auditTrail;

    @EJB
    AsAdministrator asAdmin;

    @EJB
    AsCaseHandler asHandler;

    @EJB
    AsFacilityUser asUser;

    @EJB
    TestData testData;

    private List<String> asked(QuestionFilter filter, int first, int pageSize) throws Exception {
        return asAdmin.call(() -> questions.questions(filter, first, pageSize)).stream().map(QuestionLine::question).toList();
    }

    @Test
    @DisplayName("BO-6 the helpdesk questions are listed newest first, filtered on open / answered and facility, paged")
    void listAndFilter() throws Exception {
        String name = "WZC Helpdesk " + TestData.unique();
        long facility = testData.facility(name, 1);
        long first = testData.helpdeskQuestion(facility, "Eerste vraag");
        testData.helpdeskQuestion(facility, "Tweede vraag");
        testData.helpdeskQuestion(facility, "Derde vraag");
        QuestionFilter ofFacility = QuestionFilter.any().withFacility(name.toUpperCase(java.util.Locale.ROOT));

        assertEquals(List.of("Derde vraag", "Tweede vraag", "Eerste vraag"), asked(ofFacility, 0, 20));
        assertEquals(3, asAdmin.call(() -> questions.count(ofFacility)));
        assertEquals(List.of("Tweede vraag"), asked(ofFacility, 1, 1));

        asAdmin.call(() -> questions.markAnswered(first));
        assertEquals(List.of("Derde vraag", "Tweede vraag"), asked(ofFacility.withStatus(QuestionStatus.OPEN), 0, 20));
        assertEquals(List.of("Eerste vraag"), asked(ofFacility.withStatus(QuestionStatus.ANSWERED), 0, 20));
        assertEquals(2, asAdmin.call(() -> questions.count(ofFacility.withStatus(QuestionStatus.OPEN))));

        QuestionLine line = asAdmin.call(() -> questions.questions(ofFacility, 0, 1)).get(0);
        assertEquals(name, line.facilityName());
        assertTrue(line.askedBy().startsWith("Vraagsteller "), line.askedBy());
        assertTrue(line.email().endsWith("@voorziening.example"), line.email());
    }

    @Test
    @DisplayName("BO-6 SEC-5 an administrator marks a question answered: when and by whom are kept, the audit trail records it once")
    void markAnswered() throws Exception {
        long facility = testData.facility("WZC Beantwoord " + TestData.unique(), 1);
        long id = testData.helpdeskQuestion(facility, "Hoe voeg ik een collega toe?");
        QuestionLine open = asAdmin.call(() -> questions.question(id));
        assertEquals(QuestionStatus.OPEN, open.status());
        assertNull(open.answeredAt());

        QuestionLine answered = asAdmin.call(() -> questions.markAnswered(id));

        assertEquals(QuestionStatus.ANSWERED, answered.status());
        assertNotNull(answered.answeredAt());
        assertFalse(answered.answeredBy().isBlank());
        assertEquals(QuestionStatus.ANSWERED, asAdmin.call(() -> questions.question(id)).status());
        List<AuditLine> entries = asAdmin.call(() -> auditTrail.entries(AuditFilter.any().withFacility(facility)
                .withSubjectKind(SubjectKind.HELPDESK_QUESTION), 0, 10));
        assertEquals(1, entries.size(), entries.toString());
        assertEquals(id, entries.get(0).getSubjectId());
        assertEquals("MARKED_ANSWERED", entries.get(0).getAction());
        assertEquals(List.of(new FieldChange("status", "OPEN", "ANSWERED")), entries.get(0).getChanges());
        assertFalse(entries.get(0).getActor().isBlank());
        assertFalse(entries.get(0).changesText().contains("collega"), "never the question itself");

        RejectedInput again = assertThrows(RejectedInput.class, () -> asAdmin.call(() -> questions.markAnswered(id)));
        assertEquals("helpdesk-questions.answered.already", again.problems().get(0).messageKey());
        assertEquals(1, asAdmin.call(() -> auditTrail.count(AuditFilter.any().withFacility(facility)
                .withSubjectKind(SubjectKind.HELPDESK_QUESTION))), "a refused second time writes nothing");
        assertThrows(NotFound.class, () -> asAdmin.call(() -> questions.markAnswered(-1)));
    }

    @Test
    @DisplayName("BO-6 SEC-2 facility users and case handlers cannot list, read or answer helpdesk questions")
    void othersRefused() throws Exception {
        long facility = testData.facility("WZC Nieuwsgierig " + TestData.unique(), 1);
        long id = testData.helpdeskQuestion(facility, "Mag ik meekijken?");
        assertThrows(EJBAccessException.class, () -> asUser.call(() -> questions.questions(QuestionFilter.any(), 0, 10)));
        assertThrows(EJBAccessException.class, () -> asUser.call(() -> questions.question(id)));
        assertThrows(EJBAccessException.class, () -> asUser.call(() -> questions.markAnswered(id)));
        assertThrows(EJBAccessException.class, () -> asHandler.call(() -> questions.markAnswered(id)));
        assertEquals(QuestionStatus.OPEN, asAdmin.call(() -> questions.question(id)).status());
    }
}
