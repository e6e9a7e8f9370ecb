package vn.hdndso.petitions;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One petition proposed from a meeting's minutes: what the voter asked, the voters named for it
 * (possibly none), the area (thôn, xóm, tổ dân phố, khu phố…) it names, and — once classified — the
 * proposed field.
 *
 * @param number 1-based position in the minutes
 */
public record MinutesProposal(
        int number,
        String text,
        List<String> voters,
        @Nullable String area,
        @Nullable String field,
        @Nullable String fieldName) {

    public MinutesProposal {
        voters = List.copyOf(voters);
    }

    /** The voters as one line, as the petition's submitter name: "Nguyễn Văn An, Trần Thị Bình". */
    public String votersText() {
        return String.join(", ", voters);
    }

    public MinutesProposal withField(String code, String name) {
        return new MinutesProposal(number, text, voters, area, code, name);
    }
}
