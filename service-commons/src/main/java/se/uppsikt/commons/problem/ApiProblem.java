package se.uppsikt.commons.problem;

/**
 * A failure a client can act on, thrown by service code and turned into problem details by
 * {@link ProblemMappers}. The {@code slug} becomes the last segment of the stable problem {@code type} URI.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final String field;

    public ApiProblem(int status, String slug, String title, String detail, String field) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.field = field;
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
