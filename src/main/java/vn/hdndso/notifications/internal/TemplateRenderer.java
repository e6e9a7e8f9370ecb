package vn.hdndso.notifications.internal;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.hdndso.notifications.Notice;

/**
 * Renders a notice's template in one language: message keys {@code notify.<template>.subject} and
 * {@code .body} of the notifications bundle, formatted with the notice's arguments; the link, if any,
 * on a line of its own under the body.
 */
@Component
class TemplateRenderer {

    static final int MAX_SUBJECT = 300;
    static final int MAX_BODY = 4000;

    private final MessageSource messages;

    TemplateRenderer(MessageSource messages) {
        this.messages = messages;
    }

    Rendered render(Notice notice, String language) {
        Locale locale = Locale.forLanguageTag(language);
        Object[] arguments = notice.arguments().toArray();
        String prefix = "notify." + notice.template();
        String subject = messages.getMessage(prefix + ".subject", arguments, locale);
        String body = messages.getMessage(prefix + ".body", arguments, locale);
        String link = notice.link();
        if (link != null && !link.isBlank()) {
            body = body + "\n\n" + link;
        }
        return new Rendered(cut(subject.strip(), MAX_SUBJECT), cut(body, MAX_BODY));
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
