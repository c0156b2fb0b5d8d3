package be.partenamut.complaints.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.springframework.http.converter.HttpMessageNotReadableException;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Says, field by field and in words a developer of a channel system understands, why a JSON body could not be read. */
final class JsonReadingFailures {

    private JsonReadingFailures() {
    }

    /** Every field at fault when the body was examined field by field, otherwise the first failure. */
    static List<FieldProblem> of(HttpMessageNotReadableException ex) {
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof UnreadableFieldsException fields) {
                return fields.problems();
            }
        }
        return List.of(describe(readingFailure(ex)));
    }

    /**
     * The outermost Jackson exception knows the JSON path of the field at fault; the innermost cause
     * (say, a type's own "unknown language" exception) knows only the value.
     */
    private static Throwable readingFailure(HttpMessageNotReadableException ex) {
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException) {
                return cause;
            }
        }
        return ex.getMostSpecificCause();
    }

    static FieldProblem describe(Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return new FieldProblem(path(unknown), "is not a known field");
        }
        if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return new FieldProblem(path(invalid), "'" + invalid.getValue() + "' is not one of "
                    + Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", ")));
        }
        if (cause instanceof ValueInstantiationException instantiation && instantiation.getCause() != null) {
            return new FieldProblem(path(instantiation), instantiation.getCause().getMessage());
        }
        if (cause instanceof IllegalArgumentException illegal) {
            return new FieldProblem(null, illegal.getMessage());
        }
        if (cause instanceof MismatchedInputException mismatched) {
            return new FieldProblem(path(mismatched), "has the wrong type, expected " + expected(mismatched.getTargetType()));
        }
        if (cause instanceof JsonMappingException mapping) {
            return new FieldProblem(path(mapping), "cannot be read");
        }
        if (cause instanceof JsonProcessingException parsing && parsing.getLocation() != null) {
            return new FieldProblem(null, "the body is not valid JSON (line " + parsing.getLocation().getLineNr()
                    + ", column " + parsing.getLocation().getColumnNr() + ")");
        }
        return new FieldProblem(null, "a JSON body is required");
    }

    static String path(JsonMappingException ex) {
        String path = ex.getPath().stream()
                .map(reference -> reference.getFieldName() != null
                        ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        return path.isEmpty() ? null : path;
    }

    static String expected(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        return switch (type.getSimpleName()) {
            case "String" -> "text";
            case "UUID" -> "UUID";
            case "Integer", "int", "Long", "long" -> "whole number";
            case "Instant", "OffsetDateTime" -> "ISO-8601 date-time with offset";
            case "LocalDate" -> "ISO-8601 date";
            default -> "JSON " + (type.isArray() || List.class.isAssignableFrom(type) ? "array" : "object");
        };
    }
}
