package be.eloket.web.backoffice;

import be.eloket.organisation.boundary.RegisterImports;
import be.eloket.organisation.model.ImportProgress;
import be.eloket.organisation.model.RegisterPreview;
import be.eloket.platform.RejectedInput;
import be.eloket.web.Problems;
import be.eloket.web.Refusals;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.event.FileUploadEvent;

/**
 * /backoffice/register-import.xhtml, "Register importeren" (BO-9): a CSV uploaded is previewed,
 * "Importeren" starts its job, whose progress the page shows until it ends; an administrator who
 * comes back finds the running or last import.
 */
@Named
@ViewScoped
public class RegisterImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    RegisterImports imports;

    private RegisterPreview preview;
    private ImportProgress progress;

    /** The running or last import, when the page opens. */
    public void open() {
        progress = imports.current().orElse(null);
    }

    public void upload(FileUploadEvent event) {
        preview = null;
        try {
            preview = imports.preview(event.getFile().getFileName(), event.getFile().getContent(),
                    FacesContext.getCurrentInstance().getViewRoot().getLocale());
        } catch (RejectedInput refused) {
            // Beside the file field, where the person chose the file (UX-3).
            refused.problems().forEach(problem -> Problems.beside(event.getComponent(), problem.messageKey(),
                    problem.arguments().toArray()));
        }
    }

    @Refusals("register-import.start.not-done")
    public void start() {
        imports.start(preview.importId());
        progress = imports.progress(preview.importId());
        preview = null;
    }

    /** The poll while the job runs. */
    public void refresh() {
        if (progress != null) {
            progress = imports.progress(progress.id());
        }
    }

    public RegisterPreview getPreview() {
        return preview;
    }

    public ImportProgress getProgress() {
        return progress;
    }

    /** Whether importing would do anything at all. */
    public boolean isWorthImporting() {
        return preview != null && preview.toCreate() + preview.toChange() + preview.toInvite() > 0;
    }

    public long getMaxMegabytes() {
        return imports.maxMegabytes();
    }

    public long getMaxBytes() {
        return imports.maxBytes();
    }
}
