package vn.hdndso.notifications.internal;

import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import vn.hdndso.shared.CouncilId;

/** The fixed access tokens of the configuration ({@code access-tokens.<slug>}): the operator renews them. */
final class FixedZaloTokens implements ZaloAccessTokens {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ZaloProperties properties;
    private final Function<CouncilId, String> slugs;
    private final MessageSource messages;

    FixedZaloTokens(ZaloProperties properties, Function<CouncilId, String> slugs, MessageSource messages) {
        this.properties = properties;
        this.slugs = slugs;
        this.messages = messages;
    }

    @Override
    public Answer current(CouncilId council) {
        String slug = slugs.apply(council);
        String token = properties.accessToken(slug);
        return token == null
                ? new Answer.Missing(
                        messages.getMessage("channel.zalo.notConfigured", new Object[] {slug}, VIETNAMESE), false)
                : new Answer.Token(token);
    }

    @Override
    public @Nullable Answer renewedAfter(CouncilId council, String rejected) {
        return null;
    }
}
