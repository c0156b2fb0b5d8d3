package be.partenamut.complaints.support.problem;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Validator;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Jackson stops at the first field it cannot read. A channel system fixing its requests wants every
 * fault at once: this reads an unreadable body again, one field of the target record at a time, and
 * then checks the constraints of what remains readable.
 */
public final class FieldByFieldReading {

    private FieldByFieldReading() {
    }

    /**
     * @return every field at fault; empty when the body cannot be examined field by field (not a JSON
     *         object, not a record, or the fault lies elsewhere), and the usual single error stands
     */
    public static List<FieldProblem> examine(ObjectMapper mapper, Validator validator, byte[] body, JavaType target) {
        Class<?> type = target.getRawClass();
        JsonNode tree;
        try {
            tree = mapper.readTree(body);
        } catch (IOException e) {
            return List.of();
        }
        if (!type.isRecord() || !(tree instanceof ObjectNode object)) {
            return List.of();
        }
        Map<String, RecordComponent> components = Arrays.stream(type.getRecordComponents())
                .collect(Collectors.toMap(RecordComponent::getName, Function.identity()));
        List<FieldProblem> problems = new ArrayList<>();
        ObjectNode readable = object.deepCopy();
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            FieldProblem problem = components.containsKey(name)
                    ? readField(mapper, components.get(name), name, object.get(name))
                    : new FieldProblem(name, "is not a known field");
            if (problem != null) {
                problems.add(problem);
                readable.remove(name);
            }
        }
        if (!problems.isEmpty()) {
            problems.addAll(constraintsOfTheRest(mapper, validator, readable, type, problems));
        }
        return problems;
    }

    private static FieldProblem readField(ObjectMapper mapper, RecordComponent component, String name, JsonNode value) {
        try {
            mapper.readerFor(mapper.constructType(component.getGenericType())).readValue(value);
            return null;
        } catch (IOException e) {
            FieldProblem inner = JsonReadingFailures.describe(e);
            return new FieldProblem(inner.field() == null ? name : name + "." + inner.field(), inner.message());
        }
    }

    private static List<FieldProblem> constraintsOfTheRest(ObjectMapper mapper, Validator validator, ObjectNode readable,
                                                           Class<?> type, List<FieldProblem> known) {
        Object partial;
        try {
            partial = mapper.treeToValue(readable, type);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        return validator.validate(partial).stream()
                .map(violation -> new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()))
                .filter(problem -> known.stream().noneMatch(k -> k.field() != null && k.field().equals(problem.field())))
                .toList();
    }
}
