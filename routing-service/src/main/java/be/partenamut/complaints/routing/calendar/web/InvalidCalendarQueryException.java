package be.partenamut.complaints.routing.calendar.web;

import be.partenamut.complaints.support.problem.FieldProblem;

import java.util.List;

/** The calendar was asked with parameters it cannot answer: each one at fault is named. */
class InvalidCalendarQueryException extends RuntimeException {

    private final List<FieldProblem> problems;

    InvalidCalendarQueryException(List<FieldProblem> problems) {
        super("invalid calendar query");
        this.problems = List.copyOf(problems);
    }

    List<FieldProblem> problems() {
        return problems;
    }
}
