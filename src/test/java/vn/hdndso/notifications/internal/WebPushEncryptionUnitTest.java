package vn.hdndso.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hdndso.notifications.WebPushDecryption.b64;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import org.junit.jupiter.api.Test;
import vn.hdndso.notifications.WebPushDecryption;

/** RFC 8291 message encryption against the RFC's own example (appendix A) and the browser's side. */
class WebPushEncryptionUnitTest {

    // RFC 8291 appendix A
    private static final String PLAINTEXT = "When I grow up, I want to be a watermelon";
    private static final String AS_PUBLIC =
            "BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8";
    private static final String AS_PRIVATE = "yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw";
    private static final String UA_PUBLIC =
            "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";
    private static final String UA_PRIVATE = "q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94";
    private static final String SALT = "DGv6ra1nlYgDCS1FRnbzlw";
    private static final String AUTH_SECRET = "BTBZMqHH6r4Tts7J_aSIgg";
    private static final String MESSAGE =
            "DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3v"
                    + "CYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN";

    @Test
    void encryptsTheExampleOfTheRfcByteForByte() {
        KeyPair server = new KeyPair(WebPushKeys.publicKey(b64(AS_PUBLIC)), WebPushKeys.privateKey(b64(AS_PRIVATE)));

        byte[] body = WebPushEncryption.encrypt(
                PLAINTEXT.getBytes(StandardCharsets.UTF_8),
                WebPushKeys.publicKey(b64(UA_PUBLIC)),
                b64(AUTH_SECRET),
                server,
                b64(SALT));

        assertThat(b64(body)).isEqualTo(MESSAGE);
    }

    @Test
    void theBrowserReadsVietnameseTextEncryptedWithFreshKeys() throws Exception {
        KeyPair browser = WebPushKeys.generate();
        byte[] browserPublic = WebPushKeys.raw((ECPublicKey) browser.getPublic());
        byte[] auth = b64("BTBZMqHH6r4Tts7J_aSIgg");
        String text = "Kỳ họp thứ hai HĐND xã được triệu tập: đại biểu đọc tài liệu trước ngày 20/12.";

        byte[] first = WebPushEncryption.encrypt(
                text.getBytes(StandardCharsets.UTF_8), (ECPublicKey) browser.getPublic(), auth);
        byte[] second = WebPushEncryption.encrypt(
                text.getBytes(StandardCharsets.UTF_8), (ECPublicKey) browser.getPublic(), auth);

        assertThat(first).isNotEqualTo(second); // fresh salt and key pair each time
        byte[] read = WebPushDecryption.decrypt(
                first,
                WebPushDecryption.privateKey(
                        WebPushKeys.raw((java.security.interfaces.ECPrivateKey) browser.getPrivate())),
                browserPublic,
                auth);
        assertThat(new String(read, StandardCharsets.UTF_8)).isEqualTo(text);
    }

    @Test
    void aKeyOffTheCurveOrOfTheWrongSizeIsRefused() {
        byte[] point = b64(UA_PUBLIC);
        point[64] ^= 1;
        assertThatThrownBy(() -> WebPushKeys.publicKey(point)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebPushKeys.publicKey(new byte[33])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMessageLongerThanOneRecordIsRefused() {
        var browser = WebPushKeys.generate();
        assertThatThrownBy(() -> WebPushEncryption.encrypt(
                        new byte[WebPushEncryption.MAX_PLAINTEXT + 1], (ECPublicKey) browser.getPublic(), new byte[16]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
