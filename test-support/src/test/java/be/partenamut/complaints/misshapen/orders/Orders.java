package be.partenamut.complaints.misshapen.orders;

import be.partenamut.complaints.misshapen.billing.Invoices;

/** Orders need billing... */
public class Orders {

    Invoices invoices;
}
