package video.zapcut.accounts.password;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

public class StrongPasswordValidator implements ConstraintValidator<StrongPassword, String> {
    @Override
    public boolean isValid(String password, ConstraintValidatorContext context) {
        if (password == null) return true;
        List<String> problems = PasswordPolicy.violations(password);
        if (problems.isEmpty()) return true;
        context.disableDefaultConstraintViolation();
        // The policy's sentences contain no '{', '}' or '$', so they are safe as message templates.
        for (String problem : problems) context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
        return false;
    }
}
