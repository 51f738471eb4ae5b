package org.esfkit.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of esfkit, applied to every value type.
 *
 * <p>Choices, applied everywhere:
 * <ul>
 *   <li>generated classes are named {@code ImmutableX} and are public, with a public builder;
 *       each model interface offers {@code X.builder()} as its entry point;</li>
 *   <li>JDK collections only (no Guava), so the runtime needs nothing beyond Jackson;</li>
 *   <li>optional attributes are {@code @Nullable} (JSpecify), never {@code Optional}; collections
 *       are never null and default to empty;</li>
 *   <li>invariants live in {@code @Value.Check} methods that throw
 *       {@link ValidationException} naming the field and the value (never the value of a
 *       sensitive field);</li>
 *   <li>sensitive attributes carry {@code @Value.Redacted} and print as {@code ***}.</li>
 * </ul>
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    jdkOnly = true,
    redactedMask = "***",
    defaults = @Value.Immutable(copy = true),
    throwForInvalidImmutableState = ValidationException.class)
public @interface EsfkitImmutable {}
