package org.studiebro.serde;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericEnumSymbol;
import org.apache.avro.generic.GenericRecord;

/**
 * Confluent's own KafkaAvroSerializer and KafkaAvroDeserializer (7.9.5), driven by reflection in a class loader
 * of their own: the jar (pinot-confluent-avro, shaded, fetched by the pom's download-maven-plugin) bundles Kafka
 * clients 3.9 and its own Avro, which must not meet the module's Kafka 4.2 and Avro on the test class path.
 * Values cross between the loaders only as JDK types (String, Long, List, Map, ByteBuffer, byte[]) and as
 * {@code toString()} JSON.
 */
final class ConfluentSerde implements AutoCloseable {

    private final URLClassLoader loader;

    ConfluentSerde() {
        Path jar = Path.of(System.getProperty("basedir", ".")).resolve("target/confluent/confluent-serializer.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: the download-maven-plugin puts it there in the"
                    + " pre-integration-test phase; run the ITs through Maven (mvn verify)");
        }
        try {
            // Parent: the platform loader, so that only JDK classes are shared.
            this.loader = new URLClassLoader("confluent-7.9.5", new URL[] {jar.toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A configured io.confluent.kafka.serializers.KafkaAvroSerializer. */
    Object serializer(Map<String, ?> config, boolean isKey) {
        return configured("io.confluent.kafka.serializers.KafkaAvroSerializer", config, isKey);
    }

    /** A configured io.confluent.kafka.serializers.KafkaAvroDeserializer. */
    Object deserializer(Map<String, ?> config, boolean isKey) {
        return configured("io.confluent.kafka.serializers.KafkaAvroDeserializer", config, isKey);
    }

    byte[] serialize(Object serializer, String topic, Object value) {
        return (byte[]) invoke(serializer, "serialize", new Class<?>[] {String.class, Object.class}, topic, value);
    }

    Object deserialize(Object deserializer, String topic, byte[] bytes) {
        return invoke(deserializer, "deserialize", new Class<?>[] {String.class, byte[].class}, topic, bytes);
    }

    /** The same record as a GenericData.Record of Confluent's Avro, built from the same schema JSON. */
    Object genericRecord(GenericRecord record) {
        Object schema = inLoader(() -> {
            Class<?> parser = loader.loadClass("org.apache.avro.Schema$Parser");
            Object instance = parser.getConstructor().newInstance();
            return parser.getMethod("parse", String.class).invoke(instance, record.getSchema().toString());
        });
        return convert(record, schema);
    }

    private Object convert(Object value, Object isolatedSchema) {
        if (value instanceof GenericRecord record) {
            return inLoader(() -> {
                Class<?> schemaClass = loader.loadClass("org.apache.avro.Schema");
                Object isolated = loader.loadClass("org.apache.avro.generic.GenericData$Record")
                        .getConstructor(schemaClass).newInstance(isolatedSchema);
                Method put = isolated.getClass().getMethod("put", String.class, Object.class);
                Method getField = schemaClass.getMethod("getField", String.class);
                for (Schema.Field field : record.getSchema().getFields()) {
                    Object isolatedField = getField.invoke(isolatedSchema, field.name());
                    Object fieldSchema = isolatedField.getClass().getMethod("schema").invoke(isolatedField);
                    put.invoke(isolated, field.name(), convert(record.get(field.name()), fieldSchema));
                }
                return isolated;
            });
        }
        if (value instanceof GenericEnumSymbol<?> symbol) {
            return inLoader(() -> loader.loadClass("org.apache.avro.generic.GenericData$EnumSymbol")
                    .getConstructor(loader.loadClass("org.apache.avro.Schema"), String.class)
                    .newInstance(isolatedSchema, symbol.toString()));
        }
        return value;
    }

    private Object configured(String className, Map<String, ?> config, boolean isKey) {
        return inLoader(() -> {
            Object instance = loader.loadClass(className).getConstructor().newInstance();
            instance.getClass().getMethod("configure", Map.class, boolean.class).invoke(instance, config, isKey);
            return instance;
        });
    }

    private Object invoke(Object target, String method, Class<?>[] types, Object... args) {
        return inLoader(() -> target.getClass().getMethod(method, types).invoke(target, args));
    }

    // Kafka's and Confluent's configuration code loads classes through the context class loader.
    private <T> T inLoader(Callable<T> call) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return call.call();
        } catch (InvocationTargetException e) {
            throw new ConfluentException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot drive Confluent's serde", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public void close() {
        try {
            loader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An exception thrown inside Confluent's code; its class name and message, as they cannot be caught by type. */
    static final class ConfluentException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ConfluentException(Throwable thrown) {
            super(thrown.getClass().getName() + ": " + thrown.getMessage(), thrown);
        }
    }
}
