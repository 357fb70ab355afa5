/*
 * The upload fields (MSG-17, BO-9). A file of its own, not an inline script, so that the
 * Content-Security-Policy allows no inline script (SEC-7).
 *
 * A file over the limit is refused here, before it is sent: the server could not even read it (its
 * multipart limit answers an empty 400). The field's wrapper names the limit (data-max-bytes), the
 * text (data-too-large) and the message beside the field that says it (data-message: its id in the
 * form). The check
 * listens while the event comes down to the field, so PrimeFaces never sees the file.
 *
 * PrimeFaces' upload progress bars have no accessible name (axe: aria-progressbar-name): each one
 * is named as it appears, with the text its upload field carries in data-progress-label.
 */
(function () {
    if (window.eloketUploadLabels) {
        return;
    }
    function refuseTooLarge(event, files) {
        var field = event.target.closest && event.target.closest('[data-max-bytes]');
        if (!field || !files) {
            return;
        }
        var max = Number(field.getAttribute('data-max-bytes'));
        var tooLarge = Array.prototype.some.call(files, function (file) {
            return file.size > max;
        });
        if (!tooLarge) {
            return;
        }
        event.stopImmediatePropagation();
        event.preventDefault();
        if (event.target.type === 'file') {
            event.target.value = '';
        }
        var form = field.closest('form');
        var message = form && form.querySelector('[id$=":' + field.getAttribute('data-message') + '"]');
        if (message) {
            message.textContent = field.getAttribute('data-too-large');
            message.classList.add('ui-message', 'ui-message-error', 'ui-widget', 'ui-corner-all');
        }
    }
    document.addEventListener('change', function (event) {
        if (event.target.type === 'file') {
            refuseTooLarge(event, event.target.files);
        }
    }, true);
    document.addEventListener('drop', function (event) {
        refuseTooLarge(event, event.dataTransfer && event.dataTransfer.files);
    }, true);

    window.eloketUploadLabels = new MutationObserver(function () {
        document.querySelectorAll('.ui-fileupload .ui-progressbar:not([aria-label])').forEach(function (bar) {
            var upload = bar.closest('[data-progress-label]');
            if (upload) {
                bar.setAttribute('aria-label', upload.getAttribute('data-progress-label'));
            }
        });
    });
    window.eloketUploadLabels.observe(document.documentElement, {childList: true, subtree: true});
})();
