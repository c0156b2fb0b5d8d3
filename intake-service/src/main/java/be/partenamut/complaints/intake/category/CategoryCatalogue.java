package be.partenamut.complaints.intake.category;

import be.partenamut.complaints.intake.category.CategoryProperties.Category;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The categories a complaint may be filed under, by code. */
@Component
public class CategoryCatalogue {

    private final Map<String, Category> byCode = new LinkedHashMap<>();

    public CategoryCatalogue(CategoryProperties properties) {
        for (Category category : properties.categories()) {
            if (byCode.putIfAbsent(category.code(), category) != null) {
                throw new IllegalStateException("complaints.intake.categories lists " + category.code() + " twice");
            }
        }
    }

    /** Whether {@code code} is a category of the catalogue, exactly as written (codes are case-sensitive). */
    public boolean contains(String code) {
        return code != null && byCode.containsKey(code);
    }

    public List<Category> all() {
        return List.copyOf(byCode.values());
    }
}
