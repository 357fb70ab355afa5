package be.eloket.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;

/**
 * A request with more form parameters than the server reads (Undertow's {@code max-parameters},
 * 1 000; no page of the portal posts a tenth of that) is forged (SEC-2): it is answered here, first
 * of all filters, with 400 and a short page, logged in one line. Left to the pages, every later
 * read of a parameter would fail again, the error page's too, and the person would get an empty
 * 500. An ajax request is sent to the page it came from, as for an expired view.
 */
public class ParameterLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = System.getLogger(ParameterLimit.class.getName());

    /** Undertow's exception, known by name: the application does not compile against the server's internals. */
    private static final String LIMIT_EXCEPTION = "ParameterLimitException";

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="nl"><head><meta charset="UTF-8"/><title>Pagina verlopen – e-loket Departement Zorg</title></head>
            <body><main><h1>Pagina verlopen</h1>
            <p>Deze aanvraag kon niet verwerkt worden. Open de pagina opnieuw.</p>
            <p lang="en">This request could not be processed. Open the page again.</p>
            <p><a href="%s/">Naar de startpagina</a></p></main></body></html>
            """;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            request.getParameterMap();
        } catch (RuntimeException e) {
            if (!isParameterLimit(e)) {
                throw e;
            }
            LOG.log(Level.INFO, "Refused a request to {0} with more parameters than the server reads", request.getRequestURI());
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isParameterLimit(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getSimpleName().equals(LIMIT_EXCEPTION)) {
                return true;
            }
        }
        return false;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (AjaxRedirects.isAjax(request)) {
            AjaxRedirects.send(response, request.getRequestURI());
            return;
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/html;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(PAGE.formatted(request.getContextPath()));
    }
}
