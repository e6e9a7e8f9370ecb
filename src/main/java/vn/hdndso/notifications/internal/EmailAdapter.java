package vn.hdndso.notifications.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import vn.hdndso.notifications.Channel;
import vn.hdndso.notifications.ChannelAdapter;
import vn.hdndso.notifications.Delivery;
import vn.hdndso.notifications.DeliveryOutcome;

/**
 * E-mail over SMTP (Spring Mail), enabled when {@code spring.mail.host} is set. Subject and body are
 * UTF-8 (the subject RFC 2047-encoded, the body quoted-printable or base64 as Jakarta Mail chooses), so
 * Vietnamese diacritics arrive intact. An address that is not one, or that the server refuses, fails
 * the message; a server that cannot be reached or answers with a passing fault makes it wait.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
class EmailAdapter implements ChannelAdapter {

    private static final Pattern ADDRESS = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final JavaMailSender mail;
    private final NotificationProperties properties;

    EmailAdapter(JavaMailSender mail, NotificationProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public DeliveryOutcome deliver(Delivery delivery) {
        InternetAddress to;
        try {
            if (!ADDRESS.matcher(delivery.address()).matches()) {
                throw new AddressException("not an e-mail address");
            }
            to = new InternetAddress(delivery.address(), true);
        } catch (AddressException e) {
            return new DeliveryOutcome.Failed("địa chỉ e-mail không hợp lệ");
        }
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(from());
            helper.setTo(to);
            helper.setSubject(delivery.subject());
            helper.setText(delivery.body(), false);
            message.setHeader("X-HDND-Message-Id", delivery.messageId().toString());
            mail.send(message);
            return new DeliveryOutcome.Delivered(delivery.messageId().toString());
        } catch (MailParseException e) {
            return new DeliveryOutcome.Failed("địa chỉ e-mail không hợp lệ");
        } catch (MailAuthenticationException e) {
            return new DeliveryOutcome.RetryLater("máy chủ thư từ chối đăng nhập: kiểm tra cấu hình spring.mail");
        } catch (MailSendException e) {
            return sendFault(e);
        } catch (MailException | MessagingException | UnsupportedEncodingException e) {
            return new DeliveryOutcome.RetryLater(
                    "không gửi được e-mail: " + e.getClass().getSimpleName());
        }
    }

    private InternetAddress from() throws AddressException, UnsupportedEncodingException {
        InternetAddress from = new InternetAddress(properties.mailFrom(), true);
        String personal = from.getPersonal();
        if (personal != null) {
            from.setPersonal(personal, StandardCharsets.UTF_8.name());
        }
        return from;
    }

    /** A refused recipient is permanent; anything else (no connection, 4xx) passes. */
    private static DeliveryOutcome sendFault(MailSendException e) {
        for (Exception failed : e.getFailedMessages().values()) {
            for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
                if (cause instanceof SendFailedException refused
                        && refused.getInvalidAddresses() != null
                        && refused.getInvalidAddresses().length > 0
                        && permanent(refused)) {
                    return new DeliveryOutcome.Failed(
                            "máy chủ thư từ chối địa chỉ người nhận: " + firstLine(refused.getMessage()));
                }
            }
        }
        return new DeliveryOutcome.RetryLater("máy chủ thư không nhận: " + firstLine(e.getMessage()));
    }

    private static boolean permanent(SendFailedException refused) {
        String text = String.valueOf(refused.getMessage()) + " " + String.valueOf(refused.getNextException());
        return !text.matches("(?s).*\\b4\\d\\d\\b.*");
    }

    private static String firstLine(@org.jspecify.annotations.Nullable String text) {
        if (text == null) {
            return "";
        }
        String line = text.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
