package be.partenamut.complaints.intake.channel;

import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.support.security.StaffMember;

import java.util.List;

/**
 * Who may post a complaint for which channel, the one rule of both channel doors (the REST API and the
 * channel topic): a channel system, for the channels its token names (claim {@code channels}, set by the
 * identity provider for the client), and nobody else.
 * <ul>
 *   <li>{@link Channel#WEB_FORM} comes only through the public web form ({@code /}), which sets it itself; no
 *       channel client owns it, so a system cannot post "as the web form" and skip the form's protections;</li>
 *   <li>a member of staff signed in (an agent, an officer) posts nothing here: what a member tells staff at a
 *       counter, by phone or in a letter is registered through that channel's system, which the insurer
 *       authenticates as a client, so the channel of every complaint is one the identity provider vouches for.
 *       The complaints service registers an escalation on the office's own API ({@code /escalation}).</li>
 * </ul>
 */
public final class ChannelPermission {

    private ChannelPermission() {
    }

    /** @throws ChannelNotAllowedException when {@code caller} may not post for {@code channel} */
    public static void check(StaffMember caller, Channel channel) {
        if (caller.mayPostFor(channel.name())) {
            return;
        }
        List<String> allowed = caller.isChannelSystem() ? caller.channels() : List.of();
        String may = allowed.isEmpty() ? "may post complaints for no channel"
                : "may post complaints for " + String.join(", ", allowed) + " only";
        String detail;
        if (!caller.isChannelSystem()) {
            detail = "Complaints are posted by channel systems with their own access token (client credentials); "
                    + caller.username() + " is not one. A complaint a member gave staff is registered through the"
                    + " system of the channel they used.";
        } else if (channel == Channel.WEB_FORM) {
            detail = "WEB_FORM complaints come in through the public web form only. Client " + caller.username()
                    + " " + may + ".";
        } else {
            detail = "Client " + caller.username() + " " + may + ", not for " + channel.name() + ".";
        }
        throw new ChannelNotAllowedException(caller.username(), channel.name(), allowed, detail);
    }
}
