package be.partenamut.complaints.support.messaging;

import org.springframework.transaction.support.TransactionOperations;

import java.util.UUID;

/**
 * Runs a message's effect once: in one database transaction with the record of the message's id, and
 * not at all when that id is already recorded. For a consumer whose effect is not already inside a
 * transaction of its own (the office's commands: Axon's unit of work joins this transaction, so the
 * command's events and the record commit together, or neither does).
 */
public class OncePerMessage {

    private final ProcessedMessages processedMessages;
    private final TransactionOperations transactions;

    public OncePerMessage(ProcessedMessages processedMessages, TransactionOperations transactions) {
        this.processedMessages = processedMessages;
        this.transactions = transactions;
    }

    /**
     * @return true when the effect ran; false when the message had already been processed
     * @throws RuntimeException whatever the effect throws; the transaction is then rolled back, record included
     */
    public boolean run(UUID messageId, String consumer, Runnable effect) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (!processedMessages.firstDelivery(messageId, consumer)) {
                return false;
            }
            effect.run();
            return true;
        }));
    }
}
