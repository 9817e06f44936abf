package org.passerelle.training.course;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.ConflictException;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.error.StaleVersionException;
import org.passerelle.core.page.Keyset;
import org.passerelle.core.page.Page;
import org.passerelle.core.page.PageRequest;
import org.passerelle.training.TrainingPolicy;

/** The training catalogue of an organisation. */
@ApplicationScoped
public class CourseService {

    private final CourseRepository courses;
    private final TrainingPolicy policy;

    CourseService(CourseRepository courses, TrainingPolicy policy) {
        this.courses = courses;
        this.policy = policy;
    }

    @Transactional
    public CourseView create(OrgAccess caller, @Valid CourseData data) {
        policy.createCourse(caller);
        UUID orgId = caller.orgId();
        requireUniqueCode(orgId, null, data.code());
        Course course = new Course();
        course.orgId = orgId;
        course.apply(data);
        courses.persistAndFlush(course);
        return course.view();
    }

    @Transactional
    public CourseView update(OrgAccess caller, UUID id, long expectedVersion, @Valid CourseData data) {
        Course course = load(caller.orgId(), id);
        policy.changeCourse(caller, course.view());
        StaleVersionException.check(expectedVersion, course.version);
        requireUniqueCode(caller.orgId(), id, data.code());
        course.apply(data);
        courses.flush();
        return course.view();
    }

    @Transactional
    public void delete(OrgAccess caller, UUID id, long expectedVersion) {
        Course course = load(caller.orgId(), id);
        policy.changeCourse(caller, course.view());
        StaleVersionException.check(expectedVersion, course.version);
        courses.delete(course);
        courses.flush();
    }

    /** A course the caller may read: insiders any, everyone else published ones. */
    public CourseView get(OrgAccess caller, UUID id) {
        CourseView view = load(caller.orgId(), id).view();
        policy.readCourse(caller, view);
        return view;
    }

    /** A course, whatever its published flag, for the module's services (which ask the policy themselves). */
    public CourseView get(UUID orgId, UUID id) {
        return load(orgId, id).view();
    }

    /** The Qualiopi indicator 1 programme sheet of a published course, for anyone in the organisation. */
    public ProgrammeSheet programmeSheet(OrgAccess caller, UUID id) {
        policy.readCourse(caller, load(caller.orgId(), id).view());
        return programmeSheet(caller.orgId(), id);
    }

    /** The Qualiopi indicator 1 programme sheet of a published course: the public catalogue's, without caller. */
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

    /** The catalogue as the caller may search it: insiders filter on the published flag, others see published courses. */
    public Page<CourseView> search(OrgAccess caller, CourseFilter filter, String sort, PageRequest page) {
        Keyset.Sort<Course> order = Keyset.Sort.parse(sort, CourseRepository.BY_CODE, CourseRepository.BY_TITLE,
                CourseRepository.BY_CREATION);
        CourseFilter visible = new CourseFilter(filter.q(), filter.modality(), filter.programmeType(), filter.tag(),
                policy.catalogueFilter(caller, filter.published()));
        return Page.of(courses.search(caller.orgId(), visible, order, page), page, c -> order.cursorOf(c, c.id))
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
