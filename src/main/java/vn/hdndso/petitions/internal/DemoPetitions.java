package vn.hdndso.petitions.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.CouncilSetUp;
import vn.hdndso.councils.Councils;
import vn.hdndso.councils.ExecutiveUnits;
import vn.hdndso.petitions.AnswerClass;
import vn.hdndso.petitions.CompetentBodyKind;
import vn.hdndso.petitions.MeetingFormat;
import vn.hdndso.petitions.MeetingTiming;
import vn.hdndso.petitions.NewPetition;
import vn.hdndso.petitions.NewVoterMeeting;
import vn.hdndso.petitions.PetitionIssues;
import vn.hdndso.petitions.Petitions;
import vn.hdndso.petitions.VoterMeetings;
import vn.hdndso.shared.InstallationProperties;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * With {@code HDND_DEMO=true}: a voter-contact meeting in Xã Lạc Phượng and one in Phường Nhị
 * Chiểu, with petitions written for the demonstration (some without diacritics, some saying the
 * same thing in other words, so they group into one issue), petitions from the public form (in
 * Lạc Phượng placed on the map, inside the council's configured area), issues transferred,
 * answered and published (in Lạc Phượng two, on the public map), another transferred and waiting. Every record is
 * flagged as demo; the voters' names are marked "(mẫu)". Registered once: a second start finds the
 * meeting by its title.
 */
@Component
class DemoPetitions implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoPetitions.class);

    private record Demo(
            String code,
            String title,
            String place,
            String group,
            String delegates,
            List<String> raised,
            List<Web> web) {}

    /**
     * A petition from the public form, placed on the map where the voter would have tapped; with an
     * answer, its issue is transferred, answered and published (so it shows on the public map).
     */
    private record Web(
            String content,
            String name,
            NewPetition.Location location,
            @Nullable String answer,
            boolean joinsRubbishIssue) {

        Web(String content, String name) {
            this(content, name, NewPetition.Location.NONE, null, false);
        }
    }

    private static final List<Demo> DEMOS = List.of(
            new Demo(
                    "11140",
                    "[Mẫu] Tiếp xúc cử tri trước kỳ họp cuối năm 2026 – cụm thôn Đông, thôn Bắc",
                    "Nhà văn hóa thôn Đông, xã Lạc Phượng",
                    "Tổ đại biểu số 1",
                    "Đại biểu mẫu A\nĐại biểu mẫu B",
                    List.of(
                            "Đề nghị sửa chữa tuyến đường liên thôn Đông – Bắc bị xuống cấp, nhiều ổ gà, trời mưa đi lại rất khó khăn.",
                            "de nghi sua duong lien thon dong bac, duong xuong cap nhieu o ga, mua xuong di lai kho khan",
                            "Rác thải tồn đọng nhiều ngày ở điểm tập kết cạnh chợ, bốc mùi hôi, đề nghị tăng số lần thu gom.",
                            "Đề nghị sớm cấp giấy chứng nhận quyền sử dụng đất cho các hộ thôn Bắc đã nộp hồ sơ từ năm 2024.",
                            "Trạm y tế xã thiếu thuốc và trang thiết bị, đề nghị bổ sung để người dân không phải lên tuyến trên.",
                            "de nghi tang cuong tuan tra ban dem vi trom cap ga vit xay ra nhieu o thon Dong",
                            "Loa truyền thanh thôn Bắc hỏng lâu ngày, người dân không nắm được thông tin, đề nghị sửa chữa."),
                    // points inside hdnd.map.areas.lac-phuong (application.yaml; docs/petitions.md "Place")
                    List.of(
                            new Web(
                                    "Đường liên thôn Đông Bắc xuống cấp nghiêm trọng, nhiều ổ gà, đề nghị xã sớm sửa chữa trước mùa mưa.",
                                    "Nguyễn Văn Mẫu (mẫu)",
                                    new NewPetition.Location(20.8452, 106.3917),
                                    null,
                                    false),
                            new Web(
                                    "Đề nghị lắp đèn chiếu sáng trên trục đường chính thôn Bắc, buổi tối rất tối, dễ xảy ra tai nạn.",
                                    "Trần Thị Thử (mẫu)",
                                    new NewPetition.Location(20.8519, 106.3884),
                                    "[Dữ liệu mẫu] UBND xã đã lắp 12 bộ đèn chiếu sáng năng lượng mặt trời trên trục đường chính "
                                            + "thôn Bắc; đèn hoạt động từ 18 giờ đến 5 giờ sáng hôm sau.",
                                    false),
                            new Web(
                                    "Điểm tập kết rác cạnh chợ xã để rác tồn đọng nhiều ngày, bốc mùi hôi, đề nghị tăng số lần thu gom rác.",
                                    "Phạm Văn Thí (mẫu)",
                                    new NewPetition.Location(20.8398, 106.3952),
                                    null,
                                    true))),
            new Demo(
                    "10714",
                    "[Mẫu] Tiếp xúc cử tri trực tuyến kết hợp – tổ dân phố số 3, số 5",
                    "Hội trường UBND phường Nhị Chiểu",
                    "Tổ đại biểu số 2",
                    "Đại biểu mẫu C\nĐại biểu mẫu D",
                    List.of(
                            "Cống thoát nước tổ dân phố số 3 bị tắc, mưa to là ngập vào nhà dân, đề nghị nạo vét.",
                            "cong thoat nuoc to dan pho so 3 bi tac, mua to la ngap vao nha, de nghi nao vet cong",
                            "Đề nghị xây thêm phòng học cho trường mầm non phường vì nhiều cháu phải học ghép.",
                            "Đề nghị hướng dẫn người cao tuổi làm thủ tục hành chính trên dịch vụ công trực tuyến."),
                    List.of(new Web(
                            "Xưởng tái chế nhựa gần tổ dân phố số 5 xả khói gây ô nhiễm, đề nghị kiểm tra xử lý.",
                            "Lê Văn Mẫu (mẫu)"))));

    private final CouncilSetUp setUp;
    private final Councils councils;
    private final VoterMeetings meetings;
    private final Petitions petitions;
    private final PetitionIssues issues;
    private final ExecutiveUnits units;
    private final InstallationProperties installation;
    private final TransactionTemplate transactions;
    private final java.time.Clock clock;

    DemoPetitions(
            CouncilSetUp setUp,
            Councils councils,
            VoterMeetings meetings,
            Petitions petitions,
            PetitionIssues issues,
            ExecutiveUnits units,
            InstallationProperties installation,
            TransactionTemplate transactions,
            java.time.Clock clock) {
        this.clock = clock;
        this.setUp = setUp;
        this.councils = councils;
        this.meetings = meetings;
        this.petitions = petitions;
        this.issues = issues;
        this.units = units;
        this.installation = installation;
        this.transactions = transactions;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!installation.demo()) {
            return;
        }
        setUp.ensureRegistered();
        for (Demo demo : DEMOS) {
            councils.all().stream()
                    .filter(c -> c.code().equals(demo.code()))
                    .findFirst()
                    .ifPresent(c -> register(c, demo));
        }
    }

    private void register(Council council, Demo demo) {
        Tenancy.run(
                TenantScope.staffOf(council.id()),
                () -> transactions.executeWithoutResult(status -> {
                    if (meetings.findByTitle(council.id(), demo.title()).isPresent()) {
                        return;
                    }
                    boolean hybrid = demo.code().equals("10714");
                    var meeting = meetings.plan(
                            council.id(),
                            new NewVoterMeeting(
                                    demo.title(),
                                    demo.group(),
                                    demo.delegates(),
                                    "Ủy ban MTTQ Việt Nam "
                                            + council.name()
                                                    .toLowerCase(java.util.Locale.ROOT)
                                                    .replace("xã ", "xã ")
                                                    .replace("phường ", "phường "),
                                    demo.place(),
                                    hybrid ? MeetingFormat.HYBRID : MeetingFormat.IN_PERSON,
                                    hybrid ? "https://hop-truc-tuyen.example.vn/tiep-xuc-cu-tri" : null,
                                    VnTime.today(clock).minusDays(20),
                                    MeetingTiming.BEFORE,
                                    "Kỳ họp thường lệ cuối năm 2026",
                                    "[Dữ liệu mẫu] Biên bản tóm tắt: đại biểu báo cáo kết quả kỳ họp trước; cử tri nêu "
                                            + demo.raised().size() + " ý kiến, kiến nghị."),
                            true);
                    var receipts = meetings.enter(
                            council.id(),
                            meeting.id(),
                            demo.raised().stream()
                                    .map(t -> new VoterMeetings.Raised(t, null, null))
                                    .toList(),
                            true);
                    var answered = new ArrayList<Map.Entry<UUID, String>>();
                    var rubbish = new ArrayList<UUID>();
                    for (Web web : demo.web()) {
                        var receipt = petitions.submit(
                                council.id(),
                                NewPetition.fromPublicForm(
                                        web.content(),
                                        new NewPetition.Submitter(web.name(), null, null, null),
                                        true,
                                        web.location(),
                                        null,
                                        null,
                                        null),
                                true);
                        if (web.joinsRubbishIssue()) {
                            rubbish.add(receipt.issueId());
                        }
                        if (web.answer() != null) {
                            answered.add(Map.entry(receipt.issueId(), web.answer()));
                        }
                    }
                    var unitList = units.of(council.id());
                    if (!unitList.isEmpty() && receipts.size() >= 3) {
                        var answeredIssue = receipts.get(2).issueId();
                        for (UUID other : rubbish) {
                            if (!other.equals(answeredIssue)) {
                                // the same request in other words, not grouped by itself: as a clerk would
                                issues.merge(council.id(), answeredIssue, other);
                            }
                        }
                        issues.transfer(
                                council.id(),
                                answeredIssue,
                                CompetentBodyKind.EXECUTIVE_UNIT,
                                unitList.get(0).id(),
                                null,
                                null);
                        issues.answer(
                                council.id(),
                                answeredIssue,
                                AnswerClass.RESOLVED,
                                "[Dữ liệu mẫu] UBND đã chỉ đạo đơn vị thu gom rác tăng tần suất thu gom lên hằng ngày tại khu vực "
                                        + "này và bố trí thêm thùng chứa; cử tri tiếp tục phản ánh nếu tình trạng tái diễn.",
                                null);
                        issues.publish(council.id(), answeredIssue);
                        for (var answer : answered) {
                            if (answer.getKey().equals(answeredIssue)
                                    || answer.getKey().equals(receipts.get(0).issueId())) {
                                continue;
                            }
                            issues.transfer(
                                    council.id(),
                                    answer.getKey(),
                                    CompetentBodyKind.EXECUTIVE_UNIT,
                                    unitList.get(0).id(),
                                    null,
                                    null);
                            issues.answer(council.id(), answer.getKey(), AnswerClass.RESOLVED, answer.getValue(), null);
                            issues.publish(council.id(), answer.getKey());
                        }
                        issues.transfer(
                                council.id(),
                                receipts.get(0).issueId(),
                                CompetentBodyKind.EXECUTIVE_UNIT,
                                unitList.get(0).id(),
                                null,
                                null);
                    }
                    log.info(
                            "Demo voter meeting and {} petitions registered for {}",
                            receipts.size() + demo.web().size(),
                            council.name());
                }));
    }
}
