package be.eloket.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * An answer to a Faces ajax request that sends the browser to another page, written outside JSF:
 * for requests refused before JSF could answer them, or in which it cannot (SEC-2, SEC-7, BO-7).
 */
final class AjaxRedirects {

    private AjaxRedirects() {
    }

    static boolean isAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    /** The partial response that makes Faces' script open {@code url}. */
    static void send(HttpServletResponse response, String url) throws IOException {
        response.setContentType("text/xml;charset=UTF-8");
        response.getWriter().write("<?xml version='1.0' encoding='UTF-8'?><partial-response><redirect url=\""
                + url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\"/></partial-response>");
    }
}
