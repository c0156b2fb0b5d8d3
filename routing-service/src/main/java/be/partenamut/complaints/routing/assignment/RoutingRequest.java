package be.partenamut.complaints.routing.assignment;

/**
 * What the rules can match a complaint on. A value the complaint does not carry is null and matches
 * no condition on it.
 */
public record RoutingRequest(String category, String product, String channel, String language, String agency) {

    public static RoutingRequest ofCategory(String category) {
        return new RoutingRequest(category, null, null, null, null);
    }
}
