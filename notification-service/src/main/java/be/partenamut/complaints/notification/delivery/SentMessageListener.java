package be.partenamut.complaints.notification.delivery;

import be.partenamut.complaints.notification.message.Delivery;

/**
 * Told of each message once it reached its recipient (a mail sent, a letter printed), after that is committed;
 * possibly more than once for the same message (a redelivered event, a letter marked printed twice).
 */
public interface SentMessageListener {

    void sent(Delivery delivery);
}
