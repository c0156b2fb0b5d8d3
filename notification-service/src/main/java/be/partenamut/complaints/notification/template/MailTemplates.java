package be.partenamut.complaints.notification.template;

import be.partenamut.complaints.contracts.AppealDeadlineNotice;
import be.partenamut.complaints.contracts.Language;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders the messages from one set of files per message and language, under {@code templates/mail/}:
 * {@code <name>_<lang>.subject.txt}, {@code <name>_<lang>.txt} and, optionally,
 * {@code <name>_<lang>.html}. Whole letters per language rather than one template and phrase bundles:
 * each translation can then read naturally, with its own word order, greeting and date format. Without
 * an HTML file the HTML part is the text's paragraphs, escaped, so the two parts cannot drift apart.
 * A sentence several messages must say in the very same words is given to every template as a variable:
 * the notice that the complaints service does not suspend the time limits for appeals
 * ({@code [(${appealDeadlineNotice})]}) is one wording per language, kept in complaints-contracts
 * ({@code AppealDeadlineNotice}) so the office shows the very words the member reads, in the escalation's
 * acknowledgement and in the result alike.
 *
 * <p>Members get their own language. Staff messages are written in French and Dutch at once: the two
 * texts one after the other, the subject joined with a slash.
 *
 * <p>The engine is this class's own, not Spring MVC's view engine, so no web request can render a
 * letter and the letters need no web context.
 */
@Component
public class MailTemplates {

    static final String LOCATION = "templates/mail/";
    /** What every member's template may write: the notice on appeal deadlines in their language. */
    static final String APPEAL_DEADLINE_NOTICE = "appealDeadlineNotice";
    /** The languages of staff messages, in the order they are written. */
    public static final List<Language> STAFF_LANGUAGES = List.of(Language.FR, Language.NL);
    private static final String STAFF_SEPARATOR = "\n\n----------------------------------------\n\n";
    private static final String BODY_STYLE =
            "margin:0;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f1f1f;";

    private final TemplateEngine engine;

    public MailTemplates() {
        this.engine = new SpringTemplateEngine();
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 1));
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 2));
    }

    /**
     * A message to a member, in their language.
     *
     * @param template  the message's name, e.g. {@code acknowledgement}
     * @param variables what the template writes; values are escaped in the HTML part
     */
    public RenderedMail render(String template, Language language, Map<String, Object> variables) {
        Context context = new Context(language.locale(), variables);
        // The policy's warning on appeal deadlines, worded once for the member's letter and the office's page.
        context.setVariable(APPEAL_DEADLINE_NOTICE, AppealDeadlineNotice.in(language));
        String base = template + "_" + language.code();
        String subject = oneLine(engine.process(base + ".subject.txt", context));
        String text = engine.process(base + ".txt", context).strip() + "\n";
        String html = exists(base + ".html") ? engine.process(base + ".html", context)
                : document(language.code(), subject, paragraphs(text));
        return new RenderedMail(subject, text, html);
    }

    /** A message to staff, in French and Dutch. */
    public RenderedMail renderStaff(String template, Map<String, Object> variables) {
        StringBuilder subject = new StringBuilder();
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder();
        for (Language language : STAFF_LANGUAGES) {
            RenderedMail part = render(template, language, variables);
            boolean first = subject.length() == 0;
            subject.append(first ? "" : " / ").append(part.subject());
            text.append(first ? "" : STAFF_SEPARATOR).append(part.text().strip());
            html.append(first ? "" : "<hr>").append("<div lang=\"").append(language.code()).append("\">")
                    .append(paragraphs(part.text())).append("</div>");
        }
        return new RenderedMail(subject.toString(), text.append('\n').toString(),
                document(STAFF_LANGUAGES.get(0).code(), subject.toString(), html.toString()));
    }

    /** Whether a member's message has its own HTML file. */
    boolean exists(String name) {
        return MailTemplates.class.getClassLoader().getResource(LOCATION + name) != null;
    }

    /** The text as HTML paragraphs (blank lines apart), line breaks kept, everything escaped. */
    static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            html.append("<p>").append(HtmlUtils.htmlEscape(paragraph.strip(), StandardCharsets.UTF_8.name())
                    .replace("\n", "<br>\n")).append("</p>\n");
        }
        return html.toString();
    }

    private static String document(String language, String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"" + language + "\">\n<head>\n<meta charset=\"UTF-8\">\n<title>"
                + HtmlUtils.htmlEscape(title, StandardCharsets.UTF_8.name()) + "</title>\n</head>\n<body style=\""
                + BODY_STYLE + "\">\n" + body + "</body>\n</html>\n";
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
