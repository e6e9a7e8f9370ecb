package vn.hdndso.sessions.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.hdndso.sessions.AgendaItem;
import vn.hdndso.sessions.Packs.PackDocument;
import vn.hdndso.sessions.Tally;
import vn.hdndso.sessions.VoteChoice;

/**
 * One item of the agenda as a delegate reads it: the item, the pack documents that belong to it
 * (and whether the delegate has opened each), and for a motion its tally and the delegate's own
 * vote.
 */
record AgendaLine(
        AgendaItem item,
        List<Paper> papers,
        @Nullable Tally tally,
        @Nullable VoteChoice mine) {

    /** A pack document and whether this reader has opened it. */
    record Paper(PackDocument document, boolean read) {}

    /** How many of this item's papers the reader has not opened yet. */
    public long unread() {
        return papers.stream().filter(p -> !p.read()).count();
    }

    /**
     * Whether a pack document belongs to an item: the staff tied it to the item, or (untied) it is
     * the document of the documents module the item is about.
     */
    static boolean belongs(PackDocument document, AgendaItem item) {
        if (document.agendaItemId() != null) {
            return document.agendaItemId().equals(item.id().value());
        }
        return document.documentId() != null && document.documentId().equals(item.documentId());
    }

    /** The whole agenda in order, each item with its papers. */
    static List<AgendaLine> of(
            List<AgendaItem> agenda,
            List<PackDocument> pack,
            Set<UUID> read,
            Function<AgendaItem, Tally> tally,
            Function<AgendaItem, @Nullable VoteChoice> mine) {
        List<AgendaLine> lines = new ArrayList<>();
        for (AgendaItem item : agenda) {
            List<Paper> papers = pack.stream()
                    .filter(d -> belongs(d, item))
                    .map(d -> new Paper(d, read.contains(d.id())))
                    .toList();
            lines.add(new AgendaLine(
                    item, papers, item.motion() ? tally.apply(item) : null, item.motion() ? mine.apply(item) : null));
        }
        return List.copyOf(lines);
    }

    /** The pack documents that belong to no item of the agenda (the session's general papers). */
    static List<Paper> general(List<AgendaItem> agenda, List<PackDocument> pack, Set<UUID> read) {
        return pack.stream()
                .filter(d -> agenda.stream().noneMatch(i -> belongs(d, i)))
                .map(d -> new Paper(d, read.contains(d.id())))
                .toList();
    }

    /** Unread papers of the whole pack. */
    static long unread(List<PackDocument> pack, Set<UUID> read) {
        return pack.stream()
                .map(PackDocument::id)
                .filter(id -> !read.contains(Objects.requireNonNull(id)))
                .count();
    }
}
