package be.partenamut.complaints.misshapen.billing;

import be.partenamut.complaints.misshapen.orders.Orders;

/** ...and billing needs orders: a cycle between two features. */
public class Invoices {

    Orders orders;
}
