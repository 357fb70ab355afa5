package be.eloket.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.eloket.helpdesk.boundary.Helpdesk;
import be.eloket.helpdesk.boundary.TooManyQuestions;
import be.eloket.helpdesk.entity.HelpdeskQuestion;
import be.eloket.helpdesk.entity.QuestionStatus;
import be.eloket.mail.entity.MailKind;
import be.eloket.mail.entity.QueuedMail;
import be.eloket.platform.Problem;
import be.eloket.platform.RejectedInput;
import be.eloket.test.AsFacilityUser;
import be.eloket.test.AtOnce;
import be.eloket.test.InServerTest;
import be.eloket.test.TestData;
import be.eloket.test.TestMails;
import jakarta.ejb.EJB;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The technical helpdesk of "Hulp nodig?" at its boundary (MSG-15, SEC-6). */
class HelpdeskTest extends InServerTest {

    /** The default of eloket.helpdesk.email; the test server does not set it. */
    private static final String HELPDESK = "helpdesk@zorg.example";

    @EJB
    Helpdesk helpdesk;

    @EJB
    AsFacilityUser asUser;

    @EJB
    TestData testData;

    @EJB
    TestMails mails;

    /** A facility user of a new facility: who asks. */
    private record Asker(long facility, String facilityName, long account) {
    }

    private Asker asker(String facilityName) {
        long facility = testData.facility(facilityName, 1);
        return new Asker(facility, facilityName, testData.accountId(testData.facilityUser(facility, "Vrager " + facilityName)));
    }

    private long ask(Asker asker, String email, String question) throws Exception {
        return asUser.call(() -> helpdesk.ask(asker.facility(), asker.account(), email, question));
    }

    /** The helpdesk mails that carry {@code text} (each test's questions hold a text of their own). */
    private List<QueuedMail> helpdeskMailsWith(String text) {
        return mails.queuedTo(HELPDESK).stream().filter(mail -> mail.getTemplateData().contains(text)).toList();
    }

    @Test
    @DisplayName("MSG-15 a question is stored as open and mailed to the helpdesk address with the question, the sender's address and facility")
    void questionIsStoredAndMailed() throws Exception {
        Asker asker = asker("WZC Helpdesk " + TestData.unique());
        String text = "Ik kan geen bijlage opladen " + TestData.unique();

        long id = ask(asker, "  an.peeters@voorziening.example ", "\n" + text + "\n");

        List<HelpdeskQuestion> stored = testData.helpdeskQuestionsOf(asker.account());
        assertEquals(1, stored.size());
        HelpdeskQuestion question = stored.get(0);
        assertEquals(id, question.getId());
        assertEquals(asker.facility(), question.getFacilityId());
        assertEquals("an.peeters@voorziening.example", question.getEmail());
        assertEquals(text, question.getQuestion());
        assertEquals(QuestionStatus.OPEN, question.getStatus());
        List<QueuedMail> mailed = helpdeskMailsWith(text);
        assertEquals(1, mailed.size());
        QueuedMail mail = mailed.get(0);
        assertEquals(MailKind.HELPDESK_QUESTION, mail.getKind());
        assertEquals("nl", mail.getLanguage());
        assertTrue(mail.getTemplateData().contains("an.peeters@voorziening.example"), mail.getTemplateData());
        assertTrue(mail.getTemplateData().contains(asker.facilityName()), mail.getTemplateData());
    }

    @Test
    @DisplayName("MSG-15 a bad or missing e-mail address is refused beside the field, and nothing is stored or mailed")
    void badEmailIsRefused() throws Exception {
        Asker asker = asker("WZC Fout Adres");
        String text = "Vraag met fout adres " + TestData.unique();

        RejectedInput bad = assertThrows(RejectedInput.class, () -> ask(asker, "an.peeters@voorziening", text));
        RejectedInput missing = assertThrows(RejectedInput.class, () -> ask(asker, " ", text));

        assertEquals(List.of(Problem.of("email", "validation.email.invalid")), bad.problems());
        assertEquals(List.of(Problem.of("email", "helpdesk.email.required")), missing.problems());
        assertEquals(List.of(), testData.helpdeskQuestionsOf(asker.account()));
        assertEquals(List.of(), helpdeskMailsWith(text));
    }

    @Test
    @DisplayName("MSG-15 an empty question and one over 5000 characters are refused, the latter naming its limit, and nothing is stored")
    void emptyOrLongQuestionIsRefused() throws Exception {
        Asker asker = asker("WZC Lege Vraag");

        RejectedInput empty = assertThrows(RejectedInput.class, () -> ask(asker, "an@voorziening.example", " \n "));
        RejectedInput none = assertThrows(RejectedInput.class, () -> ask(asker, "an@voorziening.example", null));
        RejectedInput tooLong = assertThrows(RejectedInput.class, () -> ask(asker, "an@voorziening.example", "x".repeat(5001)));

        assertEquals(List.of(Problem.of("question", "helpdesk.question.required")), empty.problems());
        assertEquals(List.of(Problem.of("question", "helpdesk.question.required")), none.problems());
        assertEquals(List.of(Problem.of("question", "helpdesk.question.too-long", 5000)), tooLong.problems());
        assertEquals(List.of(), testData.helpdeskQuestionsOf(asker.account()));
        ask(asker, "an@voorziening.example", "x".repeat(5000));
        assertEquals(1, testData.helpdeskQuestionsOf(asker.account()).size(), "exactly 5000 characters is allowed");
    }

    @Test
    @DisplayName("SEC-6 the 4th question within a minute from one account is refused: not stored, not mailed")
    void fourthQuestionOfAnAccountIsRefused() throws Exception {
        Asker asker = asker("WZC Veel Vragen");
        String text = "Dringend " + TestData.unique();
        for (int i = 1; i <= 3; i++) {
            ask(asker, "vraag" + i + "-" + TestData.unique() + "@voorziening.example", text + " " + i);
        }

        assertThrows(TooManyQuestions.class, () -> ask(asker, "nog-een-" + TestData.unique() + "@voorziening.example", text + " 4"));

        assertEquals(3, testData.helpdeskQuestionsOf(asker.account()).size());
        assertEquals(3, helpdeskMailsWith(text).size());
    }

    @Test
    @DisplayName("SEC-6 the 4th question within a minute for one e-mail address is refused, also from a colleague; another address is not slowed down")
    void fourthQuestionOfAnAddressIsRefused() throws Exception {
        long facility = testData.facility("WZC Zelfde Adres", 1);
        String address = "gedeeld-" + TestData.unique() + "@voorziening.example";
        List<Asker> colleagues = List.of(1, 2, 3, 4).stream()
                .map(i -> new Asker(facility, "WZC Zelfde Adres", testData.accountId(testData.facilityUser(facility, "Collega " + i))))
                .toList();
        for (int i = 0; i < 3; i++) {
            ask(colleagues.get(i), address, "Vraag " + i);
        }

        assertThrows(TooManyQuestions.class, () -> ask(colleagues.get(3), address.toUpperCase(), "Vraag 4"));
        assertEquals(List.of(), testData.helpdeskQuestionsOf(colleagues.get(3).account()));

        ask(colleagues.get(3), "eigen-" + TestData.unique() + "@voorziening.example", "Vraag 4 met eigen adres");
        assertEquals(1, testData.helpdeskQuestionsOf(colleagues.get(3).account()).size());
    }

    @Test
    @DisplayName("SEC-8 ten questions of one account posted at once: three are taken, seven refused, as one after the other")
    void parallelQuestionsAreCountedOneByOne() throws Exception {
        Asker asker = asker("WZC Tegelijk");
        String text = "Tegelijk " + TestData.unique();

        List<Boolean> taken = AtOnce.run(10, () -> {
            try {
                ask(asker, "tegelijk-" + TestData.unique() + "@voorziening.example", text);
                return true;
            } catch (TooManyQuestions refused) {
                return false;
            }
        });

        assertEquals(3, taken.stream().filter(Boolean::booleanValue).count(), "questions taken");
        assertEquals(3, testData.helpdeskQuestionsOf(asker.account()).size());
    }
}
