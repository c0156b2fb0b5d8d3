package be.partenamut.complaints.intake.category.web;

import be.partenamut.complaints.intake.category.CategoryCatalogue;
import be.partenamut.complaints.intake.category.CategoryProperties.Category;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Lets a channel show the categories, in the member's language, that a complaint may be filed under. */
@RestController
@RequestMapping("/api/v1/categories")
public class CategoriesController {

    private final CategoryCatalogue catalogue;

    public CategoriesController(CategoryCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    public List<Category> all() {
        return catalogue.all();
    }
}
