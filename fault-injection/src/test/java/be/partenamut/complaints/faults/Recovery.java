package be.partenamut.complaints.faults;

import java.time.Duration;

/**
 * How one fault went.
 *
 * @param at            when it struck, counted from the start of the load
 * @param away          from the kill (or stop) until the component accepted work again after its restart
 * @param endToEnd      from the kill (or stop) until a complaint posted after the restart was acknowledged
 *                      to its member by mail: the whole platform working again, its backlog included
 */
record Recovery(String fault, String component, Duration at, Duration away, Duration endToEnd) {
}
