package vn.hdndso.sessions.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hdndso.sessions.AgendaItem;
import vn.hdndso.sessions.AgendaItemId;
import vn.hdndso.sessions.Majority;
import vn.hdndso.sessions.Packs.PackDocument;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.Tally;
import vn.hdndso.sessions.VoteChoice;
import vn.hdndso.sessions.VoteState;
import vn.hdndso.shared.CouncilId;

class AgendaLineUnitTest {

    static final CouncilId COUNCIL = new CouncilId(UUID.randomUUID());
    static final SessionId SESSION = new SessionId(UUID.randomUUID());

    static AgendaItem item(int number, boolean motion, UUID document) {
        return new AgendaItem(
                AgendaItemId.random(),
                COUNCIL,
                SESSION,
                number,
                "Nội dung " + number,
                motion,
                motion ? Majority.MORE_THAN_HALF_OF_ALL : null,
                document,
                VoteState.NONE,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    static PackDocument paper(String title, UUID document, AgendaItem item) {
        return new PackDocument(
                UUID.randomUUID(),
                1,
                title,
                document,
                "0".repeat(64),
                10,
                2,
                item == null ? null : item.id().value());
    }

    @Test
    void everyItemIsListedWithItsPapersAndWhatIsUnread() {
        UUID motionDocument = UUID.randomUUID();
        AgendaItem report = item(1, false, null);
        AgendaItem motion = item(2, true, motionDocument);
        PackDocument reportPaper = paper("Báo cáo kinh tế - xã hội", null, report);
        PackDocument motionPaper = paper("Tờ trình dự toán", motionDocument, null); // tied by its document
        PackDocument general = paper("Giấy mời", null, null);
        List<PackDocument> pack = List.of(reportPaper, motionPaper, general);
        Set<UUID> read = Set.of(reportPaper.id());
        Tally tally = Tally.of(VoteState.CLOSED, Majority.MORE_THAN_HALF_OF_ALL, 2, 0, 0, 3);

        List<AgendaLine> lines = AgendaLine.of(List.of(report, motion), pack, read, i -> tally, i -> VoteChoice.YES);

        assertThat(lines).extracting(AgendaLine::item).containsExactly(report, motion);
        assertThat(lines.get(0).papers()).containsExactly(new AgendaLine.Paper(reportPaper, true));
        assertThat(lines.get(0).tally()).isNull();
        assertThat(lines.get(0).mine()).isNull();
        assertThat(lines.get(1).papers()).containsExactly(new AgendaLine.Paper(motionPaper, false));
        assertThat(lines.get(1).unread()).isEqualTo(1);
        assertThat(lines.get(1).mine()).isEqualTo(VoteChoice.YES);
        assertThat(AgendaLine.general(List.of(report, motion), pack, read))
                .containsExactly(new AgendaLine.Paper(general, false));
        assertThat(AgendaLine.unread(pack, read)).isEqualTo(2);
    }

    @Test
    void aPaperTiedByTheStaffGoesToThatItemEvenIfItsDocumentIsAnotherItems() {
        UUID document = UUID.randomUUID();
        AgendaItem first = item(1, false, document);
        AgendaItem second = item(2, false, null);
        PackDocument tied = paper("Phụ lục", document, second);
        assertThat(AgendaLine.belongs(tied, second)).isTrue();
        assertThat(AgendaLine.belongs(tied, first)).isFalse();
    }
}
