package be.partenamut.complaints.misshapen.orders;

import org.springframework.web.bind.annotation.RestController;

/** A controller outside its feature's web package. */
@RestController
public class OrdersController {
}
