package be.eloket.web;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a backing bean's method whose refusals by a boundary are shown, not thrown ({@link
 * RefusalsShown} does it, in one place for every page): a {@code RejectedInput} puts each problem
 * beside its field with the summary {@link #value()} (UX-3); a {@code ConcurrentChange} shows the
 * text {@link #changed()}; a {@code NotFound} while a page opens answers 404, as an id of
 * another facility must (SEC-2). The method stops where the boundary refused, so what follows the call (clearing the
 * form, "Bewaard") happens only when it was done.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({METHOD, TYPE})
public @interface Refusals {

    /** The summary key when the input is refused, e.g. {@code contacts.not-saved}; none for a page that only opens. */
    @Nonbinding
    String value() default "";

    /** For a table's lines: the label prefix that names a line's field, e.g. {@code contacts.column}. */
    @Nonbinding
    String lines() default "";

    /** The key when someone else changed the data meanwhile; none where that cannot happen. */
    @Nonbinding
    String changed() default "";
}
