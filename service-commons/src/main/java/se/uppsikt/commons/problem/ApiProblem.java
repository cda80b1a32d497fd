package se.uppsikt.commons.problem;

import java.util.List;

/**
 * A failure a client can act on, thrown by service code and turned into problem details by
 * {@link ProblemMappers}. The {@code slug} becomes the last segment of the stable problem {@code type} URI.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final String field;
    private final List<Problem.FieldError> errors;

    public ApiProblem(int status, String slug, String title, String detail, String field) {
        this(status, slug, title, detail, field, List.of());
    }

    public ApiProblem(int status, String slug, String title, String detail, String field,
            List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.field = field;
        this.errors = List.copyOf(errors);
    }

    /** 404: the named thing does not exist (or the caller may not know that it does). */
    public static ApiProblem notFound(String what, Object id) {
        return new ApiProblem(404, "not-found", "Not found", what + " " + id + " does not exist", null);
    }

    /** 409: the request is valid but conflicts with the current state (a duplicate, an invalid transition). */
    public static ApiProblem conflict(String slug, String detail) {
        return new ApiProblem(409, slug, "Conflict", detail, null);
    }

    /** 400: one field of the request is invalid in a way Bean Validation cannot express. */
    public static ApiProblem invalidField(String field, String detail) {
        return new ApiProblem(400, "invalid-request", "Invalid request", detail, field);
    }

    /**
     * 422: the request is well-formed but the thing it acts on is not complete enough for it (for example a channel
     * that may not open before its information text is complete); every missing field is named.
     */
    public static ApiProblem incomplete(String slug, String detail, List<Problem.FieldError> errors) {
        return new ApiProblem(422, slug, "Unprocessable request", detail,
                errors.isEmpty() ? null : errors.get(0).field(), errors);
    }

    /** 503: a service this request depends on did not answer; nothing was changed. */
    public static ApiProblem dependencyUnavailable(String slug, String detail) {
        return new ApiProblem(503, slug, "Service unavailable", detail, null);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String field() {
        return field;
    }
}
