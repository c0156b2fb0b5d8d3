package be.partenamut.complaints.intake.channel;

import be.partenamut.complaints.support.messaging.UnprocessableMessageException;

/**
 * A record on the channel topic that intake does not read as any channel system's: no access token, one
 * that is not the platform's or was not valid when the record was written, or a channel the client does not
 * own. No retry changes that: it is dead-lettered at once with this reason (never the token itself), and no
 * outcome is published, since nothing was read as the submission of a channel entitled to it.
 */
public class ChannelRecordRefusedException extends UnprocessableMessageException {

    public ChannelRecordRefusedException(String reason) {
        super(reason);
    }
}
