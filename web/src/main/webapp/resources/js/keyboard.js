/*
 * Keyboard use of every page (UX-5): where focus goes after an ajax update, and menus that close
 * as menus do.
 *
 * Where keyboard focus goes after an ajax request redrew part of a page. PrimeFaces
 * replaces the updated elements, and the element that had focus goes with them: the browser then
 * puts focus on <body> and the next Tab starts at the top of the page. After every ajax request
 * whose update took focus away, focus goes, in this order, to:
 *   1. the first field the answer marked invalid (aria-invalid="true"), tied to its message;
 *   2. what the element that had focus names in data-focus-after (a CSS selector; e.g. the first
 *      field of the line "Voeg een nieuwe lijn toe" added);
 *   3. the element that had focus, drawn anew under the same id (Bewerken, Filteren, the cross);
 *   4. the status message of the form, when it says something.
 * An update that left focus where it was changes nothing. Every invalid field also gets
 * aria-describedby to its message (the element with its id and "-message"), so that a screen
 * reader reads the message with the field. A field the person changes after its refusal drops
 * its message at once: the old message would only contradict the corrected value until the next
 * send, which checks the field again.
 */
(function () {
    var before = null;

    function describeInvalidFields() {
        document.querySelectorAll('[aria-invalid="true"]').forEach(function (field) {
            var message = field.id && document.getElementById(field.id + '-message');
            if (message && message.textContent.trim()) {
                field.setAttribute('aria-describedby', message.id);
            }
        });
    }

    function visible(element) {
        return element && element.getClientRects().length > 0 && !element.disabled;
    }

    function focusTarget() {
        var invalid = Array.prototype.find.call(document.querySelectorAll('[aria-invalid="true"]'), visible);
        if (invalid) {
            return invalid;
        }
        if (before && before.next) {
            var next = Array.prototype.find.call(document.querySelectorAll(before.next), visible);
            if (next) {
                return next;
            }
        }
        var again = before && before.id && document.getElementById(before.id);
        if (visible(again)) {
            return again;
        }
        var status = Array.prototype.find.call(document.querySelectorAll('.status-messages'), function (element) {
            return element.textContent.trim();
        });
        if (status) {
            status.setAttribute('tabindex', '-1');
            return status;
        }
        return null;
    }

    document.addEventListener('focusin', function (event) {
        var element = event.target;
        before = {id: element.id, next: element.getAttribute('data-focus-after')};
    });

    function settle() {
        describeInvalidFields();
        var active = document.activeElement;
        if (active && active !== document.body && document.documentElement.contains(active)) {
            return;
        }
        var target = focusTarget();
        if (target) {
            target.focus();
        }
    }

    function corrected(event) {
        var field = event.target;
        if (!field.id || field.getAttribute('aria-invalid') !== 'true') {
            return;
        }
        field.removeAttribute('aria-invalid');
        field.removeAttribute('aria-describedby');
        field.classList.remove('ui-state-error');
        var message = document.getElementById(field.id + '-message');
        if (message) {
            message.textContent = '';
            message.hidden = true;
        }
    }

    document.addEventListener('input', corrected);
    document.addEventListener('change', corrected);

    if (window.jQuery) {
        // After PrimeFaces has applied the answer's updates and run the components' own scripts.
        jQuery(document).on('pfAjaxComplete', function () {
            window.setTimeout(settle, 0);
        });
    }
})();

/*
 * The user menu (a <details> element, so that it works without scripts) closes with Escape, focus
 * back on its button, and with a click or focus anywhere outside it.
 */
(function () {
    function openMenus() {
        return document.querySelectorAll('details.user-menu[open]');
    }

    document.addEventListener('keydown', function (event) {
        if (event.key !== 'Escape') {
            return;
        }
        openMenus().forEach(function (menu) {
            menu.open = false;
            menu.querySelector('summary').focus();
        });
    });

    ['click', 'focusin'].forEach(function (type) {
        document.addEventListener(type, function (event) {
            openMenus().forEach(function (menu) {
                if (!menu.contains(event.target)) {
                    menu.open = false;
                }
            });
        });
    });
})();
