package be.eloket.web.backoffice;

import be.eloket.helpdesk.boundary.HelpdeskQuestions;
import be.eloket.helpdesk.entity.QuestionStatus;
import be.eloket.helpdesk.model.QuestionFilter;
import be.eloket.helpdesk.model.QuestionLine;
import be.eloket.platform.ConcurrentChange;
import be.eloket.platform.RejectedInput;
import be.eloket.web.PagedRows;
import be.eloket.web.Problems;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** /backoffice/helpdesk.xhtml: the questions to the technical helpdesk, open or answered (BO-6). */
@Named
@ViewScoped
public class HelpdeskBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    HelpdeskQuestions questions;

    private final QuestionFilterForm form = new QuestionFilterForm();

    /** The filter the list shows: the one of the last "Filteren", not what is being chosen. */
    private QuestionFilter filter = new QuestionFilter(QuestionStatus.OPEN, null);
    private final PagedRows<QuestionLine> lines = new PagedRows<>(
            (first, pageSize) -> questions.questions(filter, first, pageSize), () -> questions.count(filter),
            QuestionLine::id);

    private QuestionLine question;

    public void filter() {
        filter = form.filter();
    }

    public QuestionFilterForm getForm() {
        return form;
    }

    public void show(long id) {
        question = questions.question(id);
    }

    public void markAnswered() {
        try {
            question = questions.markAnswered(question.id());
            Problems.globalInfo("helpdesk-questions.answered.done");
        } catch (ConcurrentChange e) {
            Problems.globalError("helpdesk-questions.changed-meanwhile");
            show(question.id());
        } catch (RejectedInput e) {
            Problems.show(e, "helpdesk-questions.answered.not-done");
            show(question.id());
        }
    }

    public PagedRows<QuestionLine> getLines() {
        return lines;
    }

    public QuestionLine getQuestion() {
        return question;
    }

    public QuestionStatus[] getStatuses() {
        return QuestionStatus.values();
    }
}
