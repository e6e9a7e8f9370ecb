package vn.hdndso.training;

import java.util.UUID;
import vn.hdndso.shared.CouncilId;

/**
 * A digital-skills course of a council.
 *
 * @param code its short name in the council ("chu-ky-so"), which the API accepts for {@code course}
 * @param demo labelled demo content
 */
public record Course(
        UUID id, CouncilId councilId, String code, String title, CourseTopic topic, String description, boolean demo) {}
