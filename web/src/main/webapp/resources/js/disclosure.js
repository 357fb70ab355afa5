/*
 * Disclosure buttons (WAI-ARIA "disclosure" pattern): a button with aria-expanded shows or hides
 * the element named by its aria-controls. Delegated from the document, so that it keeps working
 * when ajax updates replace parts of the page.
 */
document.addEventListener('click', function (event) {
    var button = event.target.closest('button.disclosure[aria-controls]');
    if (!button) {
        return;
    }
    var panel = document.getElementById(button.getAttribute('aria-controls'));
    if (!panel) {
        return;
    }
    var open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
    // Focus stays on the button; the panel follows it in the tab order.
    panel.hidden = !open;
});
