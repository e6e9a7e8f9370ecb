package vn.hdndso.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VoterContactUnitTest {

    @Test
    void anAddressWithAnAtSignIsEmail() {
        assertThat(VoterContact.of(" cu.tri@example.vn "))
                .contains(new Recipient.Contact(Channel.EMAIL, "cu.tri@example.vn"));
    }

    @Test
    void theZaloPrefixGivesTheFollowerId() {
        assertThat(VoterContact.of("zalo:8437261")).contains(new Recipient.Contact(Channel.ZALO, "8437261"));
        assertThat(VoterContact.of("zalo:")).isEmpty();
    }

    @Test
    void otherwiseAPhoneNumberIsSms() {
        assertThat(VoterContact.of("0912 345.678")).contains(new Recipient.Contact(Channel.SMS, "0912345678"));
        assertThat(VoterContact.of("+84912345678")).contains(new Recipient.Contact(Channel.SMS, "+84912345678"));
    }

    @Test
    void textThatIsNoContactReachesNobody() {
        assertThat(VoterContact.of("Thường trực HĐND xã")).isEmpty();
        assertThat(VoterContact.of(null)).isEmpty();
        assertThat(VoterContact.of("  ")).isEmpty();
    }
}
