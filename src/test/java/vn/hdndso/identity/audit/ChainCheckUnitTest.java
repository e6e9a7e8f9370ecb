package vn.hdndso.identity.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hdndso.identity.AuditTrail;
import vn.hdndso.identity.AuditTrail.Break;
import vn.hdndso.shared.CouncilId;

/** Batches linked by the sealer form an ordinary chain, and a change inside a batch is found. */
class ChainCheckUnitTest {

    private static final CouncilId COUNCIL = new CouncilId(UUID.fromString("7c1f3a52-0000-4000-8000-000000000001"));
    private static final Instant T0 = Instant.parse("2026-12-07T08:00:00.123456Z");

    private long journalIds = 0;

    /** Three batches of 1, 5 and 3 entries sealed one after another. */
    private record Chain(List<AuditTrail.Entry> entries, ChainLinks.Head head) {}

    private Chain threeBatches() {
        List<AuditTrail.Entry> all = new ArrayList<>();
        ChainLinks.Head head = ChainLinks.Head.EMPTY;
        for (int size : new int[] {1, 5, 3}) {
            ChainLinks.Linked linked = ChainLinks.link(COUNCIL.toString(), head, batch(size));
            all.addAll(linked.entries());
            head = linked.head();
        }
        return new Chain(all, head);
    }

    private List<JournalEntry> batch(int size) {
        List<JournalEntry> batch = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            long id = ++journalIds;
            batch.add(new JournalEntry(
                    id,
                    COUNCIL.value(),
                    T0.plusMillis(id),
                    "delegate" + id,
                    "127.0.0.1",
                    "sessions.vote.cast",
                    "agendaItem",
                    "item-1",
                    AuditHash.canonicalJson(java.util.Map.of("choice", id % 2 == 0 ? "YES" : "NO"))));
        }
        return batch;
    }

    private static AuditTrail.Verification check(List<AuditTrail.Entry> entries, ChainLinks.Head head) {
        return ChainCheck.check(COUNCIL, head, entries.iterator());
    }

    @Test
    void batchesLinkIntoOneGaplessChainThatVerifies() {
        Chain chain = threeBatches();

        assertThat(chain.entries())
                .extracting(AuditTrail.Entry::seq)
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(chain.entries().get(1).prevHash())
                .isEqualTo(chain.entries().get(0).hash());
        assertThat(chain.head().hash()).isEqualTo(chain.entries().get(8).hash());
        AuditTrail.Verification verification = check(chain.entries(), chain.head());
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(9);
    }

    @Test
    void eachJournalEntryTakesExactlyOnePlaceInJournalOrder() {
        List<JournalEntry> batch = batch(4);
        ChainLinks.Linked linked = ChainLinks.link(COUNCIL.toString(), new ChainLinks.Head(7, "a".repeat(64)), batch);

        assertThat(linked.entries()).extracting(AuditTrail.Entry::seq).containsExactly(8L, 9L, 10L, 11L);
        assertThat(linked.entries())
                .extracting(AuditTrail.Entry::actor)
                .containsExactlyElementsOf(
                        batch.stream().map(JournalEntry::actor).toList());
        assertThat(linked.entries().get(0).prevHash()).isEqualTo("a".repeat(64));
        assertThat(linked.head())
                .isEqualTo(new ChainLinks.Head(11, linked.entries().get(3).hash()));
    }

    @Test
    void aChangedBallotInsideABatchIsFoundAtThatEntry() {
        Chain chain = threeBatches();
        List<AuditTrail.Entry> tampered = new ArrayList<>(chain.entries());
        AuditTrail.Entry e = tampered.get(3); // the third entry of the second batch
        tampered.set(
                3,
                withDetails(
                        e,
                        e.details().contains("YES")
                                ? e.details().replace("YES", "NO")
                                : e.details().replace("NO", "YES")));

        AuditTrail.Verification verification = check(tampered, chain.head());

        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBrokenSeq()).contains(4L);
        assertThat(verification.problem()).isEqualTo(Break.CONTENT_CHANGED);
        assertThat(verification.entriesChecked()).isEqualTo(3);
    }

    @Test
    void swappingTwoEntriesOfABatchIsFound() {
        Chain chain = threeBatches();
        List<AuditTrail.Entry> tampered = new ArrayList<>(chain.entries());
        AuditTrail.Entry second = tampered.get(1);
        AuditTrail.Entry third = tampered.get(2);
        // the attacker keeps the sequence numbers in order but exchanges the contents
        tampered.set(1, renumbered(third, 2));
        tampered.set(2, renumbered(second, 3));

        AuditTrail.Verification verification = check(tampered, chain.head());

        assertThat(verification.firstBrokenSeq()).contains(2L);
        assertThat(verification.problem()).isEqualTo(Break.BROKEN_LINK);
    }

    @Test
    void aBallotRemovedFromABatchIsFound() {
        Chain chain = threeBatches();
        List<AuditTrail.Entry> tampered = new ArrayList<>(chain.entries());
        tampered.remove(4);

        AuditTrail.Verification verification = check(tampered, chain.head());

        assertThat(verification.firstBrokenSeq()).contains(5L);
        assertThat(verification.problem()).isEqualTo(Break.MISSING_ENTRY);
    }

    @Test
    void aWholeBatchRewrittenConsistentlyStillDoesNotFitTheHead() {
        Chain chain = threeBatches();
        // the last batch (seq 7–9) is replaced by a forged batch correctly linked after seq 6
        List<AuditTrail.Entry> kept = new ArrayList<>(chain.entries().subList(0, 6));
        ChainLinks.Head afterSix = new ChainLinks.Head(6, kept.get(5).hash());
        List<JournalEntry> forged = batch(3).stream()
                .map(j -> new JournalEntry(
                        j.id(),
                        j.council(),
                        j.occurredAt(),
                        "someone-else",
                        j.actorAddress(),
                        j.action(),
                        j.subjectType(),
                        j.subjectId(),
                        j.details()))
                .toList();
        kept.addAll(ChainLinks.link(COUNCIL.toString(), afterSix, forged).entries());

        AuditTrail.Verification verification = check(kept, chain.head());

        assertThat(verification.intact()).isFalse();
        assertThat(verification.problem()).isEqualTo(Break.CONTENT_CHANGED);
        assertThat(verification.entriesChecked()).isEqualTo(9);
    }

    @Test
    void aMissingNewestBatchIsFound() {
        Chain chain = threeBatches();

        AuditTrail.Verification verification = check(chain.entries().subList(0, 6), chain.head());

        assertThat(verification.firstBrokenSeq()).contains(7L);
        assertThat(verification.problem()).isEqualTo(Break.NEWEST_MISSING);
    }

    private static AuditTrail.Entry withDetails(AuditTrail.Entry e, String details) {
        return new AuditTrail.Entry(
                e.seq(),
                e.occurredAt(),
                e.actor(),
                e.actorAddress(),
                e.action(),
                e.subjectType(),
                e.subjectId(),
                details,
                e.prevHash(),
                e.hash());
    }

    private static AuditTrail.Entry renumbered(AuditTrail.Entry e, long seq) {
        return new AuditTrail.Entry(
                seq,
                e.occurredAt(),
                e.actor(),
                e.actorAddress(),
                e.action(),
                e.subjectType(),
                e.subjectId(),
                e.details(),
                e.prevHash(),
                e.hash());
    }
}
