package be.eloket.web;

import jakarta.faces.context.FacesContext;
import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.model.file.UploadedFile;

/**
 * PrimeFaces' p:fileUpload as the portal uses it (MSG-17): an ordinary name such as "Verslag 2026:
 * deel 1.pdf" is taken, not refused because a Linux folder could not hold it. No upload ever
 * becomes a file of the server under its name: it is parked in the database and stored under the
 * name the application cleans (no folders, no control or reserved characters, {@code
 * AttachmentPolicy}). Registered in faces-config.xml as the component class of p:fileUpload.
 */
public class CleanedNameFileUpload extends FileUpload {

    @Override
    public void validateFilename(FacesContext context, UploadedFile file) {
        // The application cleans the name when the message is sent; there is nothing to refuse here.
    }
}
