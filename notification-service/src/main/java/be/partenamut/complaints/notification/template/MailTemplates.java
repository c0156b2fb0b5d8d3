package be.partenamut.complaints.notification.template;

import be.partenamut.complaints.contracts.Language;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * Renders the messages to members from one set of files per message and language, under
 * {@code templates/mail/}: {@code <name>_<lang>.subject.txt}, {@code <name>_<lang>.txt} and
 * {@code <name>_<lang>.html}. Whole letters per language rather than one template and phrase
 * bundles: each translation can then read naturally, with its own word order and greeting.
 *
 * <p>The engine is this class's own, not Spring MVC's view engine, so no web request can render a
 * letter and the letters need no web context.
 */
@Component
public class MailTemplates {

    static final String LOCATION = "templates/mail/";

    private final TemplateEngine engine;

    public MailTemplates() {
        this.engine = new SpringTemplateEngine();
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 1));
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 2));
    }

    /**
     * @param template  the message's name, e.g. {@code acknowledgement}
     * @param variables what the template writes; values are escaped in the HTML part
     */
    public RenderedMail render(String template, Language language, Map<String, Object> variables) {
        Context context = new Context(language.locale(), variables);
        String base = template + "_" + language.code();
        return new RenderedMail(
                oneLine(engine.process(base + ".subject.txt", context)),
                engine.process(base + ".txt", context).strip() + "\n",
                engine.process(base + ".html", context));
    }

    /** A subject is one header line: no line break can slip in from a value. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailTemplates.class.getClassLoader());
        resolver.setPrefix(LOCATION);
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }
}
