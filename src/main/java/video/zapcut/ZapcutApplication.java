package video.zapcut;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring application: one program in three roles (serve, worker, the command line). Its entry
 * point is {@code video.zapcut.cli.Main}, which starts this context only for the commands that need it.
 */
@SpringBootApplication
public class ZapcutApplication {}
