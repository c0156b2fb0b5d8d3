package be.partenamut.complaints.intake.channel.web;

/** The Idempotency-Key header is empty, too long or holds other than visible ASCII characters. */
class InvalidIdempotencyKeyException extends RuntimeException {

    InvalidIdempotencyKeyException() {
        super("invalid Idempotency-Key header");
    }
}
