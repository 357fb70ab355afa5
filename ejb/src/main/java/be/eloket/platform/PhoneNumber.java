package be.eloket.platform;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A telephone number as people write it: digits with spaces, dots, slashes, dashes or brackets
 * between them and at most one leading "+" ("+32 2 553 35 00", "02/553.35.00"), 8 to 15 digits.
 * Empty values pass.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER})
@Constraint(validatedBy = PhoneNumber.Validator.class)
public @interface PhoneNumber {

    String message() default "{validation.phone.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PhoneNumber, String> {

        private static final java.util.regex.Pattern WRITTEN = java.util.regex.Pattern.compile("\\+?[0-9][0-9 ./()-]*[0-9]");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            String number = value.strip();
            if (number.length() > 30 || !WRITTEN.matcher(number).matches()) {
                return false;
            }
            long digits = number.chars().filter(Character::isDigit).count();
            return digits >= 8 && digits <= 15;
        }
    }
}
