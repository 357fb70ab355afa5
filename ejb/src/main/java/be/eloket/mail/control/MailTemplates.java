package be.eloket.mail.control;

import be.eloket.mail.entity.MailKind;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Renders mails from the FreeMarker templates under {@code mail-templates/<kind>/}: a subject,
 * an HTML body ({@code .ftlh}, where FreeMarker escapes every value) and a plain-text body, in
 * Dutch or English (MAIL-5). Every template gets {@code baseUrl}, the address of the portal
 * from configuration, to build its links.
 */
@ApplicationScoped
public class MailTemplates {

    @Inject
    @ConfigProperty(name = "eloket.base-url", defaultValue = "http://127.0.0.1:8080/eloket")
    String baseUrl;

    private Configuration freemarker;

    @PostConstruct
    void configure() {
        freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setClassLoaderForTemplateLoading(MailTemplates.class.getClassLoader(), "mail-templates");
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setRecognizeStandardFileExtensions(true);
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setLocalizedLookup(false);
    }

    public RenderedMail render(MailKind kind, String language, Map<String, Object> data) {
        Map<String, Object> model = new HashMap<>(data);
        model.put("baseUrl", baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
        String lang = "en".equals(language) ? "en" : "nl";
        String folder = kind.template() + "/" + lang;
        return new RenderedMail(
                singleLine(process(folder + ".subject.ftl", model, lang)),
                process(folder + ".html.ftlh", model, lang),
                process(folder + ".txt.ftl", model, lang));
    }

    private String process(String name, Map<String, Object> model, String language) {
        try {
            Template template = freemarker.getTemplate(name, Locale.forLanguageTag(language));
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("mail template " + name + " cannot be rendered: " + e.getMessage(), e);
        }
    }

    /** A subject is one line: line breaks a user typed into a name can never start a new header. */
    static String singleLine(String text) {
        return text.replaceAll("[\\r\\n\\t\\u0085\\u2028\\u2029]+", " ").strip();
    }
}
