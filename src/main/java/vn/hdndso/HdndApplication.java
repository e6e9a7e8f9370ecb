package vn.hdndso;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** HĐND số: one installation serves every People's Council of a city or province. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HdndApplication {

    public static void main(String[] args) {
        var command = vn.hdndso.backup.BackupCommandLine.run(args); // --backup, --restore, --verify-backup
        if (command.isPresent()) {
            System.exit(command.getAsInt());
        }
        SpringApplication.run(HdndApplication.class, args);
    }
}
