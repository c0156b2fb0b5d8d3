package be.partenamut.complaints.intake.channel;

import java.util.List;

/**
 * The caller may not post for the submission's channel (403 on the REST API; a dead letter on the channel
 * topic). Says who asked, for which channel, and what the caller may post for: a channel system's own
 * channels, none for a member of staff.
 */
public class ChannelNotAllowedException extends RuntimeException {

    private final String caller;
    private final String channel;
    private final List<String> allowedChannels;

    ChannelNotAllowedException(String caller, String channel, List<String> allowedChannels, String detail) {
        super(detail);
        this.caller = caller;
        this.channel = channel;
        this.allowedChannels = List.copyOf(allowedChannels);
    }

    public String caller() {
        return caller;
    }

    public String channel() {
        return channel;
    }

    /** The channels the caller's token lets it post for (empty: none). */
    public List<String> allowedChannels() {
        return allowedChannels;
    }
}
