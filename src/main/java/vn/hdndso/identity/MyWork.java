package vn.hdndso.identity;

import java.util.List;
import vn.hdndso.councils.Council;

/**
 * The signed-in person's items in a council ("Việc của tôi"), gathered from every
 * {@link WorkItemSource} at most once per request: the home lists them and the workspace tabs count
 * them ({@link WorkTab}) from the same answer. Available to templates as {@code @myWork}.
 */
public interface MyWork {

    /** The items, ordered by deadline (undated last); none without a signed-in person. */
    List<WorkItem> items(Council council);

    /** How many items wait on the tab ({@link WorkTab}); the home tab counts all. */
    long waiting(Council council, String tab);

    /** How many of them are past their deadline. */
    long overdue(Council council, String tab);
}
