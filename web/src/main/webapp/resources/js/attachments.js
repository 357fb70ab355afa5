/*
 * PrimeFaces' upload progress bars have no accessible name (axe: aria-progressbar-name): each one is
 * named as it appears, with the text its upload field carries in data-progress-label. A file of its
 * own, not an inline script, so that the Content-Security-Policy allows no inline script (SEC-7).
 */
(function () {
    if (window.eloketUploadLabels) {
        return;
    }
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
