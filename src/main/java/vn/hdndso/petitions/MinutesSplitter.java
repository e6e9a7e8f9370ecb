package vn.hdndso.petitions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Splits the minutes of a voter-contact meeting into the voters' statements, each a proposed
 * petition. Vietnamese minutes open with the meeting's particulars (time, place, who attended, the
 * delegates' report), then list the voters' opinions — "Cử tri Nguyễn Văn A (thôn X) phản ánh: …",
 * numbered items "1.", dashes, "Ý kiến cử tri …" — followed or interleaved by the answers of the
 * delegates and the People's Committee, and close with signatures. The splitter keeps the
 * statements and leaves the rest:
 *
 * <ul>
 *   <li>a line that starts with a voter ("Cử tri …", "Ông/Bà …" followed by a verb such as phản
 *       ánh, kiến nghị, đề nghị) starts a statement anywhere;
 *   <li>inside a section headed by the voters' opinions, every numbered or dashed item starts one,
 *       and lines without a mark continue it;
 *   <li>a voter's line ending with a colon ("Cử tri Lê Văn C (xóm 3) kiến nghị:") gives its voter and
 *       area to the items under it;
 *   <li>answers ("… trả lời", "giải trình", "tiếp thu"), other sections (the report on the session,
 *       the particulars) and the closing lines are not petitions.
 * </ul>
 *
 * When no section or voter line is found, every item or paragraph that asks for something ("đề
 * nghị", "kiến nghị", "phản ánh"…) is proposed. Everything is matched with and without diacritics.
 */
public final class MinutesSplitter {

    /** Longest petition text proposed; longer statements are cut (the clerk edits them). */
    static final int MAX_TEXT = 5000;

    private static final int MIN_TEXT = 5;

    private static final Pattern MARK =
            Pattern.compile("^\\s*(?:(?:\\d{1,3}(?:\\.\\d{1,2})*|[a-zđ])\\s*[.)/]|[-–—•*+●○▪►→✓])\\s*");
    private static final Pattern ROMAN = Pattern.compile("^\\s*[IVX]{1,5}\\s*[.)/-]\\s*");
    private static final Pattern OPINIONS_HEADING = Pattern.compile(
            "(?:y kien|kien nghi|phan anh|de xuat|de nghi)[^:]{0,60}cu tri|cu tri[^:]{0,30}(?:y kien|kien nghi|phan anh)");
    private static final Pattern ANSWER =
            Pattern.compile("\\b(?:tra loi|giai trinh|tiep thu|tiep nhan va|thong tin lai|lam ro)\\b");
    private static final Pattern OFFICIAL = Pattern.compile(
            "^(?:ong|ba|dong chi|d/c|dc|dai bieu|dai dien|lanh dao|chu tich|pho chu tich|thay mat|to dai bieu|"
                    + "ubnd|uy ban|cong chuc|truong|can bo|chu tri|chu toa|y kien tra loi)\\b");
    private static final Pattern CLOSING = Pattern.compile(
            "^(?:hoi nghi ket thuc|cuoc tiep xuc ket thuc|buoi tiep xuc ket thuc|bien ban (?:nay )?(?:duoc|ket thuc|lap xong)|"
                    + "noi nhan)\\b");
    private static final Pattern PARTICULARS = Pattern.compile(
            "^(?:thoi gian|dia diem|thanh phan|chu tri|thu ky|noi dung|chuong trinh|khai mac|tuyen bo|gioi thieu|"
                    + "bao cao|dai bieu|to dai bieu|ong .{0,40} bao cao|hoi nghi)\\b");
    private static final Pattern ASKS = Pattern.compile(
            "\\b(?:de nghi|kien nghi|phan anh|de xuat|yeu cau|mong muon|xin|can duoc|chua duoc|xuong cap|o nhiem|thieu)\\b");

    private static final Pattern VOTER_AREA = Pattern.compile(
            "^(?:o |tai )?(?:thon|xom|to dan pho|tdp|khu pho|khu dan cu|to \\d|khu \\d|ap|ban|lang)\\b");
    private static final Pattern OFFICIAL_WORDS = Pattern.compile(
            "\\b(?:thay mat|bao cao|chu tich|dai bieu|dai dien|truong thon|truong ban|bi thu|cong an xa)\\b");

    private MinutesSplitter() {}

    private enum Section {
        PARTICULARS,
        OPINIONS,
        ANSWERS,
        OTHER,
        CLOSED
    }

    /** The statements of the minutes, in order, without fields. */
    public static List<MinutesProposal> split(@Nullable String minutes) {
        if (minutes == null || minutes.isBlank()) {
            return List.of();
        }
        List<FoldedLine> lines = lines(minutes);
        List<MinutesProposal> out = structured(lines);
        return out.isEmpty() ? loose(lines) : out;
    }

    private static List<FoldedLine> lines(String minutes) {
        List<FoldedLine> lines = new ArrayList<>();
        for (String line : minutes.replace('\u00A0', ' ').split("\\r?\\n|\\r|\\u2028")) {
            lines.add(FoldedLine.of(line).strip());
        }
        return lines;
    }

    private static List<MinutesProposal> structured(List<FoldedLine> lines) {
        var out = new Statements();
        Section section = Section.PARTICULARS;
        for (FoldedLine line : lines) {
            if (line.isEmpty()) {
                out.paragraphBreak();
                continue;
            }
            FoldedLine body = withoutMark(line);
            String f = body.folded();
            boolean marked = body.original().length() != line.original().length();
            if (section != Section.CLOSED && CLOSING.matcher(f).find() && f.length() < 160) {
                out.end();
                section = Section.CLOSED;
                continue;
            }
            if (section == Section.CLOSED) {
                continue;
            }
            if (isHeading(line, body)) {
                out.end();
                if (OPINIONS_HEADING.matcher(f).find() && !ANSWER.matcher(f).find()) {
                    section = Section.OPINIONS;
                } else if (ANSWER.matcher(f).find()) {
                    section = Section.ANSWERS;
                } else {
                    section = Section.OTHER;
                }
                continue;
            }
            if (isAnswer(f)) {
                out.end();
                section = Section.ANSWERS;
                continue;
            }
            if (startsWithVoter(body)) {
                out.start(VoterStatement.read(body), body);
                section = Section.OPINIONS;
                continue;
            }
            if (section == Section.OPINIONS) {
                if (startsWithSomeoneElse(body)) {
                    out.end(); // an official speaks: the voter's statement is over
                } else if (marked) {
                    out.item(body);
                } else {
                    out.continueWith(body);
                }
            }
        }
        out.end();
        return out.proposals;
    }

    /** Without any structure: every marked item or paragraph that asks for something. */
    private static List<MinutesProposal> loose(List<FoldedLine> lines) {
        var out = new Statements();
        for (FoldedLine line : lines) {
            if (line.isEmpty()) {
                out.end();
                continue;
            }
            FoldedLine body = withoutMark(line);
            boolean marked = body.original().length() != line.original().length();
            if (CLOSING.matcher(body.folded()).find() || isAnswer(body.folded())) {
                out.end();
                out.closed = true;
                continue;
            }
            if (marked || !out.open()) {
                out.end();
                out.closed = PARTICULARS.matcher(body.folded()).find()
                        || !ASKS.matcher(body.folded()).find();
                if (!out.closed) {
                    out.item(body);
                }
            } else if (!out.closed) {
                out.continueWith(body);
            }
        }
        out.end();
        return out.proposals;
    }

    static FoldedLine withoutMark(FoldedLine line) {
        Matcher m = MARK.matcher(line.original());
        if (m.find() && m.end() < line.original().length()) {
            return line.substring(m.end()).strip();
        }
        return line;
    }

    /** A heading: a Roman-numbered line, a short line in capitals, or a short line ending with a colon. */
    private static boolean isHeading(FoldedLine line, FoldedLine body) {
        String text = body.original();
        if (text.length() > 120 || startsWithVoter(body)) {
            return false;
        }
        boolean roman = ROMAN.matcher(line.original()).find();
        boolean capitals = text.chars().filter(Character::isLetter).count() > 3
                && text.equals(text.toUpperCase(java.util.Locale.ROOT));
        boolean colonEnd = text.endsWith(":")
                && (OPINIONS_HEADING.matcher(body.folded()).find()
                        || ANSWER.matcher(body.folded()).find()
                        || PARTICULARS.matcher(body.folded()).find());
        return roman || capitals || colonEnd;
    }

    private static boolean isAnswer(String folded) {
        Matcher answer = ANSWER.matcher(folded);
        return answer.find() && answer.start() < 160 && OFFICIAL.matcher(folded).find()
                || folded.startsWith("tra loi")
                || folded.startsWith("y kien tra loi");
    }

    /** "Cử tri …", "Ý kiến cử tri …", "Ông/Bà X … phản ánh/kiến nghị …". */
    static boolean startsWithVoter(FoldedLine body) {
        String f = body.folded();
        Matcher speaker = VoterStatement.SPEAKER.matcher(f);
        if (!speaker.find()) {
            return false;
        }
        String who = f.substring(0, speaker.end()).strip();
        String rest = f.substring(speaker.end());
        Matcher verb = VoterStatement.VERB.matcher(f);
        boolean verbFound = VoterStatement.findVerb(verb, body, speaker.end());
        if (who.contains("cu tri")) {
            // "Ý kiến cử tri:" alone is a heading and "cử tri tham dự: 86" a particular; a name, an area
            // or a verb right after the word starts a statement
            return !rest.isBlank()
                    && (Character.isUpperCase(body.original().charAt(speaker.end()))
                            || VOTER_AREA.matcher(rest).find()
                            || verbFound && verb.start() - speaker.end() < 20);
        }
        return verbFound
                && verb.start() - speaker.end() < 60
                && Character.isUpperCase(body.original().charAt(speaker.end()))
                && !OFFICIAL_WORDS.matcher(f.substring(0, verb.end())).find()
                && !ANSWER.matcher(f.substring(0, Math.min(f.length(), verb.end() + 20)))
                        .find();
    }

    /** "Ông Trần Văn Nam, Chủ tịch UBND xã …": a named person who is not a voter asking something. */
    private static boolean startsWithSomeoneElse(FoldedLine body) {
        Matcher speaker = VoterStatement.SPEAKER.matcher(body.folded());
        return speaker.find()
                && !body.folded().substring(0, speaker.end()).contains("cu tri")
                && speaker.end() < body.original().length()
                && Character.isUpperCase(body.original().charAt(speaker.end()));
    }

    /** The statements collected so far, and the one being written. */
    private static final class Statements {
        final List<MinutesProposal> proposals = new ArrayList<>();
        private @Nullable StringBuilder text;
        private @Nullable VoterStatement parent;
        private @Nullable VoterStatement current;
        boolean closed;

        boolean open() {
            return text != null;
        }

        void start(VoterStatement statement, FoldedLine line) {
            end();
            if (statement.isHeaderOnly()) {
                parent = statement;
                return;
            }
            parent = null;
            current = statement;
            text = new StringBuilder(statement.content());
        }

        void item(FoldedLine body) {
            VoterStatement inherited = parent;
            end();
            parent = inherited;
            VoterStatement own = VoterStatement.read(body);
            if (inherited != null && own.voters().isEmpty()) {
                current = new VoterStatement(
                        inherited.voters(), own.area() != null ? own.area() : inherited.area(), own.content());
            } else {
                current = own;
            }
            text = new StringBuilder(current.content());
        }

        void continueWith(FoldedLine body) {
            if (text == null) {
                if (parent != null) {
                    item(body);
                }
                return;
            }
            text.append(' ').append(body.original());
        }

        void paragraphBreak() {
            // a blank line ends nothing by itself: statements often run over paragraphs
        }

        void end() {
            if (text != null && current != null) {
                String content = vn.hdndso.shared.VnText.normalize(text.toString());
                if (content.length() > MAX_TEXT) {
                    content = content.substring(0, MAX_TEXT);
                }
                if (content.length() >= MIN_TEXT) {
                    String area = current.area();
                    if (area == null) {
                        area = VoterStatement.area(FoldedLine.of(content));
                    }
                    proposals.add(
                            new MinutesProposal(proposals.size() + 1, content, current.voters(), area, null, null));
                }
            }
            text = null;
            current = null;
            parent = null;
        }
    }
}
