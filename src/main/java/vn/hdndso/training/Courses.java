package vn.hdndso.training;

import java.util.List;
import java.util.UUID;
import vn.hdndso.shared.CouncilId;

/** The council's digital-skills courses. Runs in the caller's tenant scope. */
public interface Courses {

    /** The courses, by title. */
    List<Course> list(CouncilId council);

    /** The course by id or by code; 404 if the council has no such course. */
    Course require(CouncilId council, String idOrCode);

    Course require(CouncilId council, UUID id);

    /**
     * Adds a course; a missing title or topic, or a code not made of lower-case letters, digits and
     * hyphens, is 400 naming the field; a code the council already uses is 409.
     */
    Course create(CouncilId council, NewCourse course);

    /** Adds a course labelled as demo content. */
    Course create(CouncilId council, NewCourse course, boolean demo);
}
