package vn.hdndso.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressMaskUnitTest {

    @Test
    void keepsTheFirstLetterAndTheTopLevelDomainOfAnEmailAddress() {
        assertThat(AddressMask.mask("nguyen.van.a@gmail.com")).isEqualTo("n***@***.com");
    }

    @Test
    void keepsTheLastThreeCharactersOfAPhoneNumber() {
        assertThat(AddressMask.mask("0912345678")).isEqualTo("***678");
        assertThat(AddressMask.mask("12")).isEqualTo("***");
    }
}
