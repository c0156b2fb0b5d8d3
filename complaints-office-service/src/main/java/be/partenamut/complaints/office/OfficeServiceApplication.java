package be.partenamut.complaints.office;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class OfficeServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(OfficeServiceApplication.class, args);
    }
}
