package vn.hdndso.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.hdndso.notifications.Addressee;
import vn.hdndso.notifications.Channel;
import vn.hdndso.notifications.Recipient;

/** The contact on a record (a delegate without an account, a unit): e-mail first, else the phone. */
class RecordContactUnitTest {

    @Test
    void anEmailAddressIsPreferredAndItsKeyIgnoresCase() {
        Addressee a = CouncilAddressees.contactOf(" Tran.Thi@Gia-Vien.test ", "0912345678")
                .orElseThrow();
        assertThat(a.recipient()).isEqualTo(new Recipient.Contact(Channel.EMAIL, "Tran.Thi@Gia-Vien.test"));
        assertThat(a.key()).isEqualTo("email:tran.thi@gia-vien.test");
    }

    @Test
    void withoutAnEmailThePhoneIsTextedAndItsKeyIsTheDigits() {
        Addressee a = CouncilAddressees.contactOf(null, "0912 345 678").orElseThrow();
        assertThat(a.recipient()).isEqualTo(new Recipient.Contact(Channel.SMS, "0912 345 678"));
        assertThat(a.key()).isEqualTo("sms:0912345678");
        assertThat(CouncilAddressees.contactOf("không có", "+84 912 345 678")
                        .orElseThrow()
                        .key())
                .isEqualTo("sms:+84912345678");
    }

    @Test
    void aRecordWithNeitherReachesNobody() {
        assertThat(CouncilAddressees.contactOf(null, null)).isEmpty();
        assertThat(CouncilAddressees.contactOf("  ", " - ")).isEmpty();
    }
}
