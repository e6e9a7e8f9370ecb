package vn.hdndso.identity;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which workspace tab counts the items of a home group ("Văn bản đến (3)"): the tab where they are
 * acted on. The home tab counts them all; a group no tab lists counts on the home only.
 */
public final class WorkTab {

    /** The tab of the home page itself, counting every item. */
    public static final String HOME = "home";

    private static final Map<String, String> BY_GROUP = Map.of(
            "home.group.incoming", "incoming",
            "home.group.outgoing", "documents",
            "home.group.petitions", "petitions",
            "home.group.meetings", "petitions",
            "home.group.sessions", "sessions",
            "home.group.votes", "sessions",
            "home.group.tasks", "tasks",
            "home.group.indicators", "plans",
            "home.group.oversight", "oversight");

    private WorkTab() {}

    /** The tab key (as the workspace header names its tabs) of a group, or null when none lists it. */
    public static @Nullable String of(String group) {
        return BY_GROUP.get(group);
    }

    /** Whether an item of {@code group} counts on {@code tab}. */
    public static boolean counts(String tab, String group) {
        return HOME.equals(tab) || tab.equals(of(group));
    }
}
