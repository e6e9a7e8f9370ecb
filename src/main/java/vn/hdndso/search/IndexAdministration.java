package vn.hdndso.search;

/** The search index as its administrators see it: how many items it holds, and its rebuild. */
public interface IndexAdministration {

    /** The items in the index. */
    int items();

    RebuildProgress progress();

    /** Starts a rebuild from the database in the background; false if one is running already. */
    boolean start();
}
