package be.partenamut.complaints.support.problem;

/**
 * What is wrong with one field of a request.
 *
 * @param field the JSON path of the field ({@code member.email}), or null when the whole body is at fault
 */
public record FieldProblem(String field, String message) {
}
