package io.remo.it.support.reuse;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Order;

/**
 * Runs the test classes that deploy an identical archive one after another, so {@link DeploymentReuse} deploys it
 * once for them all: groups with a class annotated {@link Order} by that order, then the largest group first, then
 * the others; by class name within a group. A class whose archive cannot be built here (in-container tests, manual
 * deployments) forms a group of its own. {@code @Order} puts the classes that mostly wait first, while the restart
 * tests, which start in a second process at the same time, need the processor most.
 */
public class DeploymentGroupOrder implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        Map<Class<?>, String> groupOf = new HashMap<>();
        Map<String, Integer> groupSize = new HashMap<>();
        Map<String, Integer> groupOrder = new HashMap<>();
        for (ClassDescriptor descriptor : context.getClassDescriptors()) {
            String group = group(descriptor.getTestClass());
            groupOf.put(descriptor.getTestClass(), group);
            groupSize.merge(group, 1, Integer::sum);
            int order = descriptor.findAnnotation(Order.class).map(Order::value).orElse(Order.DEFAULT);
            groupOrder.merge(group, order, Math::min);
        }
        context.getClassDescriptors().sort(Comparator
                .comparing((ClassDescriptor d) -> groupOrder.get(groupOf.get(d.getTestClass())))
                .thenComparing(d -> -groupSize.get(groupOf.get(d.getTestClass())))
                .thenComparing(d -> groupOf.get(d.getTestClass()))
                .thenComparing(d -> d.getTestClass().getName()));
    }

    private static String group(Class<?> testClass) {
        for (Method method : testClass.getDeclaredMethods()) {
            Deployment deployment = method.getAnnotation(Deployment.class);
            if (deployment == null) {
                continue;
            }
            if (deployment.testable() || !deployment.managed() || !Modifier.isStatic(method.getModifiers())
                    || method.getParameterCount() > 0) {
                return "own:" + testClass.getName();
            }
            try {
                method.setAccessible(true);
                return ArchiveFingerprint.of((Archive<?>) method.invoke(null));
            } catch (ReflectiveOperationException | RuntimeException e) {
                return "own:" + testClass.getName();
            }
        }
        return "own:" + testClass.getName();
    }
}
