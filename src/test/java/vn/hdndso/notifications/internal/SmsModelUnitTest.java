package vn.hdndso.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules of an SMS: which numbers are Vietnamese mobiles, unaccented folding, parts. */
class SmsModelUnitTest {

    @Test
    void vietnameseMobileNumbersAreNormalisedWhateverTheWayTheyAreWritten() {
        for (String written : new String[] {
            "0912345678",
            "0912 345 678",
            "0912.345.678",
            "091-234-5678",
            "+84912345678",
            "+84 912 345 678",
            "(+84) 912 345 678",
            "84912345678",
            "0084912345678"
        }) {
            assertThat(SmsPhoneNumber.parse(written))
                    .as(written)
                    .map(SmsPhoneNumber::national)
                    .contains("0912345678");
        }
        assertThat(SmsPhoneNumber.parse("0353 123 456").map(SmsPhoneNumber::international))
                .contains("84353123456");
    }

    @Test
    void landlinesOldElevenDigitNumbersAndGarbageAreNotMobiles() {
        for (String written : new String[] {
            "02253 123 456", // a Hải Phòng landline
            "01234567890", // the pre-2018 eleven-digit form
            "0412345678", // no such mobile prefix
            "091234567", // too short
            "+85512345678", // not Vietnamese
            "09123456789",
            "abc",
            "",
            "zalo:123456789"
        }) {
            assertThat(SmsPhoneNumber.parse(written)).as(written).isEqualTo(Optional.empty());
        }
        assertThat(SmsPhoneNumber.parse(null)).isEmpty();
    }

    @Test
    void foldingRemovesEveryVietnameseDiacriticKeepingCaseAndPunctuation() {
        assertThat(SmsText.fold("HĐND xã Lạc Phượng đã tiếp nhận kiến nghị của Ông/Bà. Mã tra cứu: ABCD-EFGH."))
                .isEqualTo("HDND xa Lac Phuong da tiep nhan kien nghi cua Ong/Ba. Ma tra cuu: ABCD-EFGH.");
        assertThat(SmsText.fold("Đường ĐT 354 — “ngập” … Ủy ban, Ỷ, ỹ, Ữ, ặ, Ơ ơ Ư ư"))
                .isEqualTo("Duong DT 354 - \"ngap\" ... Uy ban, Y, y, U, a, O o U u");
        // decomposed input (NFD, as some phones send) folds the same
        assertThat(SmsText.fold(java.text.Normalizer.normalize("Hội đồng", java.text.Normalizer.Form.NFD)))
                .isEqualTo("Hoi dong");
        assertThat(SmsText.fold("Họp lúc 8h\r\nPhòng 2\t🙂")).isEqualTo("Hop luc 8h\nPhong 2 ?");
        assertThat(SmsText.isGsm7(SmsText.fold("Mọi ký tự: ½ ∑ 漢 `x` € ß"))).isTrue();
    }

    @Test
    void gsm7TextFitsOneMessageUpTo160SeptetsThenSplitsBy153() {
        String full = "a".repeat(160);
        assertThat(SmsMessage.of(full).encoding()).isEqualTo(SmsMessage.Encoding.GSM7);
        assertThat(SmsMessage.of(full).count()).isEqualTo(1);

        SmsMessage two = SmsMessage.of("b".repeat(161));
        assertThat(two.parts()).extracting(String::length).containsExactly(153, 8);

        SmsMessage three = SmsMessage.of("c".repeat(306 + 1));
        assertThat(three.parts()).extracting(String::length).containsExactly(153, 153, 1);
        assertThat(String.join("", three.parts())).isEqualTo(three.text());
    }

    @Test
    void anExtensionCharacterCountsTwoSeptetsAndIsNeverCutBetweenParts() {
        assertThat(SmsMessage.of("{".repeat(80)).count()).isEqualTo(1); // 160 septets
        assertThat(SmsMessage.of("{".repeat(81)).count()).isEqualTo(2); // 162 septets

        // 152 septets of letters, then '€' (2 septets) would straddle the boundary: it opens part two
        SmsMessage message = SmsMessage.of("x".repeat(152) + "€" + "y".repeat(10));
        assertThat(message.encoding()).isEqualTo(SmsMessage.Encoding.GSM7);
        assertThat(message.parts().get(0)).isEqualTo("x".repeat(152));
        assertThat(message.parts().get(1)).startsWith("€");
    }

    @Test
    void textOutsideGsm7IsUcs2WithSeventyThenSixtySevenCharactersAndWholeEmoji() {
        String vietnamese = "ệ".repeat(70);
        assertThat(SmsMessage.of(vietnamese).encoding()).isEqualTo(SmsMessage.Encoding.UCS2);
        assertThat(SmsMessage.of(vietnamese).count()).isEqualTo(1);
        assertThat(SmsMessage.of("ệ".repeat(71)).parts())
                .extracting(String::length)
                .containsExactly(67, 4);

        // 66 letters then an emoji (two UTF-16 units) that does not fit the first 67: it moves whole
        SmsMessage emoji = SmsMessage.of("ệ".repeat(66) + "🙂" + "ệ".repeat(10));
        assertThat(emoji.parts().get(0)).isEqualTo("ệ".repeat(66));
        assertThat(emoji.parts().get(1)).startsWith("🙂");
    }

    @Test
    void aTextLongerThanTheAllowedPartsIsShortenedAtAWordWithAnEllipsis() {
        String words = "kien nghi ".repeat(60); // 600 characters: four parts
        SmsMessage cut = SmsMessage.of(words, 2);
        assertThat(cut.count()).isEqualTo(2);
        assertThat(cut.text()).endsWith("nghi...").hasSizeLessThanOrEqualTo(306);
        assertThat(SmsMessage.of("short", 1).text()).isEqualTo("short");
    }
}
