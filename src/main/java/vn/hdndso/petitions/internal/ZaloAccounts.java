package vn.hdndso.petitions.internal;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Zalo Official Accounts whose webhook reaches this installation ({@code hdnd.petitions.zalo.*}):
 * one OA per council, keyed by the council's slug, with the Zalo app the OA is linked to.
 *
 * @param accounts each council's OA: {@code hdnd.petitions.zalo.accounts.<slug>.app-id} and {@code
 *     .secret-key} (the OA secret key of the app's webhook settings)
 * @param consentPurpose the purpose recorded with a petition sent through Zalo
 */
@ConfigurationProperties("hdnd.petitions.zalo")
record ZaloAccounts(
        @Nullable Map<String, Account> accounts, @Nullable String consentPurpose) {

    /** One council's OA: the app id and the OA secret key that sign its webhook events. */
    record Account(@Nullable String appId, @Nullable String secretKey) {}

    static final String DEFAULT_PURPOSE = "Cử tri tự gửi kiến nghị qua Zalo Official Account của HĐND: tiếp nhận,"
            + " phân loại, chuyển cơ quan có thẩm quyền giải quyết và trả lời cho cử tri qua Zalo";

    /** The council's OA, if it has one with both its app id and secret key. */
    Optional<Account> of(String slug) {
        if (accounts == null) {
            return Optional.empty();
        }
        Account account = accounts.get(slug);
        if (account == null
                || account.appId() == null
                || account.appId().isBlank()
                || account.secretKey() == null
                || account.secretKey().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(account);
    }

    String purpose() {
        return consentPurpose == null || consentPurpose.isBlank() ? DEFAULT_PURPOSE : consentPurpose.strip();
    }
}
