package vn.hdndso.oversight;

import java.util.UUID;
import vn.hdndso.shared.CouncilEvent;
import vn.hdndso.shared.CouncilId;

/** An oversight topic, its work, recommendations or responses changed; {@code what} says which. */
public record TopicChanged(CouncilId council, UUID topic, String what) implements CouncilEvent {}
