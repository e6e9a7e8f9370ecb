package vn.hdndso.petitions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.councils.Councils;
import vn.hdndso.petitions.NewPetition;
import vn.hdndso.petitions.PetitionChannel;
import vn.hdndso.petitions.Petitions;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;

/**
 * Public submissions reuse the council's classifier model (no count of its petitions per request);
 * a clerk's confirmation makes the next submission learn from it, once. In Xã Chấn Hưng.
 */
@IntegrationTest
class ClassifierCacheIntegrationTest {

    @Autowired
    Petitions petitions;

    @Autowired
    PetitionClassifier classifier;

    @Autowired
    Councils councils;

    @Test
    void submissionsReuseTheModelUntilAClerkConfirmsAPetition() {
        CouncilId council = councils.requireBySlug("chan-hung").id();
        submit(council, "Đề nghị sửa chữa đoạn đường liên thôn bị xuống cấp, nhiều ổ gà gây nguy hiểm khi đi lại.");
        long built = classifier.builds(council);
        assertThat(built).isPositive();

        Petitions.Receipt second = submit(
                council, "Đề nghị lắp đặt hệ thống đèn chiếu sáng công cộng trên tuyến đường trục chính của xã.");
        submit(council, "Đề nghị nạo vét kênh mương nội đồng để bảo đảm tưới tiêu cho vụ lúa đông xuân.");
        assertThat(classifier.builds(council))
                .as("no rebuild without a confirmation")
                .isEqualTo(built);

        Tenancy.run(
                TenantScope.staffOf(council),
                () -> petitions.classify(council, second.petitionId(), second.field(), second.level(), false));
        submit(council, "Đề nghị tăng cường kiểm tra vệ sinh an toàn thực phẩm tại chợ trung tâm xã.");
        assertThat(classifier.builds(council)).as("the confirmation is learnt").isEqualTo(built + 1);
        submit(council, "Đề nghị hỗ trợ kinh phí sửa chữa nhà văn hóa thôn đã xuống cấp sau bão.");
        assertThat(classifier.builds(council)).isEqualTo(built + 1);
    }

    private Petitions.Receipt submit(CouncilId council, String text) {
        return petitions.submit(
                council,
                NewPetition.fromApi(
                        PetitionChannel.WEB,
                        text,
                        NewPetition.Submitter.ANONYMOUS,
                        true,
                        NewPetition.Location.NONE,
                        null,
                        null));
    }
}
