package video.zapcut.web.errors;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Says what is wrong with a body Jackson could not read, in terms of the client's JSON: where the
 * syntax breaks, or which field has the wrong type. Never names our Java classes.
 */
final class UnreadableBody {
    private UnreadableBody() {}

    static String describe(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getCause();
        if (cause instanceof StreamReadException syntax) return "malformed JSON: " + firstLine(syntax.getOriginalMessage()) + at(syntax.getLocation());
        if (cause instanceof UnrecognizedPropertyException unknown) return "unknown field " + path(unknown.getPath());
        if (cause instanceof MismatchedInputException mismatch) {
            String field = path(mismatch.getPath());
            if (field.isEmpty()) return "the request body must be a JSON object";
            return "field " + field + " has the wrong type: expected " + jsonType(mismatch.getTargetType());
        }
        if (cause instanceof JacksonException other) return "malformed JSON: " + firstLine(other.getOriginalMessage());
        return "the request body is missing or unreadable; send a JSON object";
    }

    private static String path(List<JacksonException.Reference> path) {
        return path.stream().map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String jsonType(Class<?> type) {
        if (type == null) return "another type";
        if (CharSequence.class.isAssignableFrom(type) || type.isEnum() || type == java.util.UUID.class) return "a string";
        if (type == boolean.class || type == Boolean.class) return "true or false";
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) return "a number";
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) return "an array";
        return "an object";
    }

    private static String at(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) return "";
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String firstLine(String message) {
        if (message == null) return "unreadable input";
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
