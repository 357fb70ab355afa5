package be.eloket.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * Checks an object against its Bean Validation constraints (the one place where field rules are
 * written) and reports the violations as {@link Problem}s with bundle keys, for the boundaries.
 */
@ApplicationScoped
public class Constraints {

    @Inject
    Validator validator;

    /** The problems of {@code bean}, each field prefixed with {@code path} (e.g. {@code rows[2].}). */
    public List<Problem> problemsOf(Object bean, String path) {
        return validator.validate(bean).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .map(v -> Problem.of(path + v.getPropertyPath(), keyOf(v), limitOf(v)))
                .toList();
    }

    /**
     * The problems {@code value} would have as {@code property} of a {@code type}, reported for the
     * field {@code field}: the entity's rules for one of its fields, before it is changed.
     */
    public <T> List<Problem> problemsOfValue(Class<T> type, String property, Object value, String field) {
        return validator.validateValue(type, property, value).stream()
                .map(v -> Problem.of(field, keyOf(v), limitOf(v)))
                .toList();
    }

    /** Throws {@link RejectedInput} when {@code bean} breaks any of its constraints. */
    public void check(Object bean) {
        List<Problem> problems = problemsOf(bean, "");
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
    }

    /** The limit a too-long value's message names ("at most {0} characters"): a {@code @Size}'s maximum. */
    private static Serializable[] limitOf(ConstraintViolation<?> violation) {
        return violation.getConstraintDescriptor().getAnnotation() instanceof Size size
                ? new Serializable[] {size.max()}
                : new Serializable[0];
    }

    /** Constraint messages are written as "{bundle.key}"; the web tier translates the key. */
    private static String keyOf(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        return template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1)
                : template;
    }
}
