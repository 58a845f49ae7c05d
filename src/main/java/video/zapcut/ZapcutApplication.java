package video.zapcut;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ZapcutApplication {
    public static void main(String[] args) {
        System.exit(video.zapcut.cli.Main.run(args));
    }
}
