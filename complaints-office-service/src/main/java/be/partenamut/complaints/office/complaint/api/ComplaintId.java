package be.partenamut.complaints.office.complaint.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a complaint everywhere: aggregate id, Kafka key, the id channel systems receive. */
public record ComplaintId(UUID value) {

    public ComplaintId {
        Objects.requireNonNull(value, "complaint id");
    }

    @JsonCreator
    public static ComplaintId of(UUID value) {
        return new ComplaintId(value);
    }

    public static ComplaintId of(String value) {
        return new ComplaintId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public UUID value() {
        return value;
    }

    /** Axon names the event stream by this text: it must be the bare UUID. */
    @Override
    public String toString() {
        return value.toString();
    }
}
