package io.remo.lifecycle.control;

import jakarta.ejb.TimerHandle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.UncheckedIOException;

/**
 * A persistent timer's handle, kept in the project row, finds the timer again in O(1) (to cancel it on an early
 * purge) where {@code TimerService.getTimers()} would walk every live project's timer. The handle's class belongs
 * to the server's EJB module, so it is read back through that module's class loader.
 */
final class TimerHandles {

    private TimerHandles() {
    }

    static byte[] serialize(TimerHandle handle) {
        var bytes = new ByteArrayOutputStream(256);
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(handle);
        } catch (IOException e) {
            throw new UncheckedIOException("timer handle not serializable", e);
        }
        return bytes.toByteArray();
    }

    static TimerHandle deserialize(byte[] bytes, ClassLoader timerServiceLoader) {
        try (var in = new LoaderObjectInputStream(new ByteArrayInputStream(bytes), timerServiceLoader)) {
            return (TimerHandle) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("stored timer handle unreadable", e);
        }
    }

    private static final class LoaderObjectInputStream extends ObjectInputStream {
        private final ClassLoader loader;

        LoaderObjectInputStream(InputStream in, ClassLoader loader) throws IOException {
            super(in);
            this.loader = loader;
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
            try {
                return Class.forName(desc.getName(), false, loader);
            } catch (ClassNotFoundException e) {
                return super.resolveClass(desc);
            }
        }
    }
}
