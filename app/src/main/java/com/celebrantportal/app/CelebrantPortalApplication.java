package com.celebrantportal.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** Celebrant Portal: the command side, the query side and ops in one deployable. */
@SpringBootApplication(scanBasePackages = "com.celebrantportal")
@ConfigurationPropertiesScan("com.celebrantportal")
@EntityScan("com.celebrantportal.query")
@EnableJpaRepositories("com.celebrantportal.query")
public class CelebrantPortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(CelebrantPortalApplication.class, args);
    }
}
