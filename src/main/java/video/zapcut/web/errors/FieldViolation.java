package video.zapcut.web.errors;

/** One entry of a validation problem's {@code errors}: the JSON field (snake_case, as the client sent it) and what is wrong. */
public record FieldViolation(String field, String message) {
    public String sentence() { return field + " " + message; }
}
