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
import java.util.regex.Pattern;

/**
 * Text a person can have typed (MAIL-8, SEC-4): no control characters (NUL, escape, the C1 range,
 * line and paragraph separators …), which no keyboard makes and which a forged request would carry
 * into mails, the audit trail and exports. A field of one line ({@code multiLine = false}, the
 * default) takes no line break or tab either; a multi-line body (a message's text, a helpdesk
 * question) takes line breaks and tabs. Empty values pass.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER})
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {

    String message() default "{validation.control-characters}";

    boolean multiLine() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlainText, String> {

        // One character class each (a class union, not an alternation), so that a match never
        // recurses per character on a text of twenty thousand characters.
        private static final Pattern ONE_LINE = Pattern.compile("[^\\p{Cc}\\u2028\\u2029]*");
        private static final Pattern LINES = Pattern.compile("[[^\\p{Cc}\\u2028\\u2029][\\t\\n\\r]]*");

        private boolean multiLine;

        @Override
        public void initialize(PlainText annotation) {
            multiLine = annotation.multiLine();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return isPlain(value, multiLine);
        }

        /** Whether {@code value} is plain text, of one line or of several. */
        public static boolean isPlain(String value, boolean multiLine) {
            return value == null || (multiLine ? LINES : ONE_LINE).matcher(value).matches();
        }
    }
}
