package video.zapcut.web.auth;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import video.zapcut.accounts.AccountNotFoundException;
import video.zapcut.accounts.EmailAlreadyRegisteredException;
import video.zapcut.accounts.InvalidCredentialsException;
import video.zapcut.accounts.InvalidEmailException;
import video.zapcut.accounts.InvalidRefreshTokenException;
import video.zapcut.accounts.password.WeakPasswordException;
import video.zapcut.web.errors.FieldViolation;
import video.zapcut.web.errors.ProblemResponseWriter;
import video.zapcut.web.errors.ProblemTypes;

/** The accounts' exceptions as problems. Ordered ahead of the catch-all in {@code ApiExceptionHandler}. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AccountProblemHandler {

    @ExceptionHandler(WeakPasswordException.class)
    ResponseEntity<ProblemDetail> weakPassword(WeakPasswordException ex, HttpServletRequest request) {
        return respond(ProblemTypes.validation(ex.violations().stream().map(v -> new FieldViolation("password", v)).toList()),
                request);
    }

    @ExceptionHandler(InvalidEmailException.class)
    ResponseEntity<ProblemDetail> invalidEmail(InvalidEmailException ex, HttpServletRequest request) {
        return respond(ProblemTypes.validation(List.of(new FieldViolation("email", ex.getMessage()))), request);
    }

    @ExceptionHandler(EmailAlreadyRegisteredException.class)
    ResponseEntity<ProblemDetail> emailTaken(EmailAlreadyRegisteredException ex, HttpServletRequest request) {
        return respond(ProblemTypes.problem(HttpStatus.CONFLICT, ProblemTypes.EMAIL_TAKEN, "Email already registered",
                ex.getMessage()), request);
    }

    @ExceptionHandler(InvalidCredentialsException.class)
    ResponseEntity<ProblemDetail> invalidCredentials(InvalidCredentialsException ex, HttpServletRequest request) {
        return respond(ProblemTypes.problem(HttpStatus.UNAUTHORIZED, ProblemTypes.INVALID_CREDENTIALS, "Sign-in failed",
                ex.getMessage()), request);
    }

    @ExceptionHandler(InvalidRefreshTokenException.class)
    ResponseEntity<ProblemDetail> invalidRefreshToken(InvalidRefreshTokenException ex, HttpServletRequest request) {
        return respond(ProblemTypes.problem(HttpStatus.UNAUTHORIZED, ProblemTypes.INVALID_REFRESH_TOKEN,
                "Invalid refresh token", ex.getMessage()), request);
    }

    /** A valid token for an account deleted since: the token is no good any more. */
    @ExceptionHandler(AccountNotFoundException.class)
    ResponseEntity<ProblemDetail> accountGone(AccountNotFoundException ex, HttpServletRequest request) {
        return respond(ProblemTypes.problem(HttpStatus.UNAUTHORIZED, ProblemTypes.INVALID_TOKEN, "Unauthorized",
                "the account of this access token no longer exists"), request);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, HttpServletRequest request) {
        URI instance = ProblemResponseWriter.instanceOf(request);
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemTypes.complete(problem, instance));
    }
}
