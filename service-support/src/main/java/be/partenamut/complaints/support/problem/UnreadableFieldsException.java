package be.partenamut.complaints.support.problem;

import java.util.List;

/** A body examined field by field: every field at fault, so one 400 names them all. */
public class UnreadableFieldsException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public UnreadableFieldsException(List<FieldProblem> problems) {
        super(problems.size() + " fields cannot be read");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
