package org.passerelle.training.course;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.passerelle.core.error.ConflictException;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.error.StaleVersionException;
import org.passerelle.core.page.Keyset;
import org.passerelle.core.page.Page;
import org.passerelle.core.page.PageRequest;

/** The training catalogue of an organisation. */
@ApplicationScoped
public class CourseService {

    private final CourseRepository courses;

    CourseService(CourseRepository courses) {
        this.courses = courses;
    }

    @Transactional
    public CourseView create(UUID orgId, @Valid CourseData data) {
        requireUniqueCode(orgId, null, data.code());
        Course course = new Course();
        course.orgId = orgId;
        course.apply(data);
        courses.persistAndFlush(course);
        return course.view();
    }

    @Transactional
    public CourseView update(UUID orgId, UUID id, long expectedVersion, @Valid CourseData data) {
        Course course = load(orgId, id);
        StaleVersionException.check(expectedVersion, course.version);
        requireUniqueCode(orgId, id, data.code());
        course.apply(data);
        courses.flush();
        return course.view();
    }

    @Transactional
    public void delete(UUID orgId, UUID id, long expectedVersion) {
        Course course = load(orgId, id);
        StaleVersionException.check(expectedVersion, course.version);
        courses.delete(course);
        courses.flush();
    }

    /** A course, whatever its published flag (staff reads). */
    public CourseView get(UUID orgId, UUID id) {
        return load(orgId, id).view();
    }

    /** A published course; an unpublished one is not found, as for any object the caller may not see. */
    public CourseView getPublished(UUID orgId, UUID id) {
        Course course = load(orgId, id);
        if (!course.published) {
            throw new NotFoundException("course", id);
        }
        return course.view();
    }

    /** The Qualiopi indicator 1 programme sheet of a published course. */
    public ProgrammeSheet programmeSheet(UUID orgId, UUID id) {
        Course course = load(orgId, id);
        if (!course.published) {
            throw new NotFoundException("course", id);
        }
        return course.sheet();
    }

    /** The programme sheets of every published course, by code: the public catalogue (a few hundred at most). */
    public List<ProgrammeSheet> publishedSheets(UUID orgId) {
        return courses.find("orgId = ?1 and published = true order by lower(code), id", orgId).list().stream()
                .map(Course::sheet).toList();
    }

    public Page<CourseView> search(UUID orgId, CourseFilter filter, String sort, PageRequest page) {
        Keyset.Sort<Course> order = Keyset.Sort.parse(sort, CourseRepository.BY_CODE, CourseRepository.BY_TITLE,
                CourseRepository.BY_CREATION);
        return Page.of(courses.search(orgId, filter, order, page), page, c -> order.cursorOf(c, c.id))
                .map(Course::view);
    }

    private Course load(UUID orgId, UUID id) {
        return courses.findInOrg(orgId, id).orElseThrow(() -> new NotFoundException("course", id));
    }

    private void requireUniqueCode(UUID orgId, UUID self, String code) {
        if (courses.codeTaken(orgId, self, code)) {
            throw new ConflictException("training.course.code-taken", code.strip());
        }
    }
}
