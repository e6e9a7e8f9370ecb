package vn.hdndso.opendata;

import vn.hdndso.shared.CouncilEvent;
import vn.hdndso.shared.CouncilId;

/**
 * A dataset's description changed (title, theme, update schedule …): what counts as budget,
 * planning or project data, and when it is due, may have moved.
 */
public record DatasetDescribed(CouncilId council, DatasetId dataset) implements CouncilEvent {}
