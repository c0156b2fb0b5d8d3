package be.partenamut.complaints.routing.assignment.web;

import be.partenamut.complaints.routing.assignment.DepartmentCatalogue;
import be.partenamut.complaints.routing.assignment.RoutingProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The departments complaints can be assigned (and rerouted) to, with their names in fr, nl and de. */
@RestController
@RequestMapping("/api/v1/departments")
public class DepartmentsController {

    private final DepartmentCatalogue catalogue;

    public DepartmentsController(DepartmentCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    public List<RoutingProperties.Department> all() {
        return catalogue.all();
    }
}
