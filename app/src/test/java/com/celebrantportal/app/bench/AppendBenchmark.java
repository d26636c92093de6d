package com.celebrantportal.app.bench;

import com.celebrantportal.api.booking.BookingRequested;
import com.celebrantportal.api.booking.Ceremony;
import com.celebrantportal.api.booking.CeremonyPackage;
import com.celebrantportal.api.booking.Person;
import com.celebrantportal.api.booking.RequestBooking;
import com.celebrantportal.api.booking.TimeSlot;
import com.celebrantportal.api.booking.Venue;
import com.celebrantportal.api.messaging.MetadataKeys;
import com.celebrantportal.app.CelebrantPortalApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Command append rate against a raw JDBC insert of the same event rows, side by side in one run, on the
 * embedded PostgreSQL with its durable settings (fsync and synchronous_commit on), a pool of 10.
 * Each measured unit is one commit: a booking request through the command gateway (event row plus the
 * celebrant-slot row), or one raw insert of the same serialized event row.
 *
 * <p>Run: {@code ./mvnw -pl app -am -Pbench verify -DskipTests} (arguments: commands per client, rounds).
 */
public final class AppendBenchmark {

    private static final int[] CLIENTS = {1, 8};

    private AppendBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int perClient = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dataDir = Files.createTempDirectory("portal-bench");
        ConfigurableApplicationContext context = new SpringApplication(CelebrantPortalApplication.class).run(
                "--server.port=0",
                "--portal.embedded-database.data-dir=" + dataDir,
                "--portal.embedded-database.durable=true",
                "--spring.datasource.hikari.maximum-pool-size=10",
                "--logging.level.root=warn");
        try {
            AppendBenchmark.run(context, perClient, rounds);
        } finally {
            context.close();
        }
        System.exit(0);
    }

    private static void run(ConfigurableApplicationContext context, int perClient, int rounds) throws Exception {
        CommandGateway gateway = context.getBean(CommandGateway.class);
        DataSource dataSource = context.getBean(DataSource.class);
        Serializer serializer = context.getBean("eventSerializer", Serializer.class);
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("DROP TABLE IF EXISTS bench_raw_event");
            connection.createStatement().execute("CREATE TABLE bench_raw_event (LIKE domainevententry INCLUDING ALL)");
        }
        AtomicLong slots = new AtomicLong();
        // warm up both paths: JIT, pool, caches
        measure(8, 100, () -> requestBooking(gateway, slots));
        measure(8, 100, () -> rawInsert(dataSource, serializer, slots));

        System.out.printf("%nCommand append rate, embedded PostgreSQL 17 (fsync on, synchronous_commit on), pool of 10,"
                + " %d commits per client, best of %d rounds%n", perClient, rounds);
        System.out.printf("%-8s %-22s %18s %18s %8s%n", "clients", "projections", "raw JDBC rows/s", "Axon commands/s",
                "ratio");
        Collection<EventProcessor> processors = context.getBean(EventProcessingConfiguration.class)
                .eventProcessors().values();
        for (boolean projecting : new boolean[] {true, false}) {
            if (!projecting) {
                processors.forEach(EventProcessor::shutDown);
            }
            for (int clients : CLIENTS) {
                double raw = 0;
                double axon = 0;
                for (int round = 0; round < rounds; round++) {
                    raw = Math.max(raw, measure(clients, perClient, () -> rawInsert(dataSource, serializer, slots)));
                    axon = Math.max(axon, measure(clients, perClient, () -> requestBooking(gateway, slots)));
                }
                System.out.printf("%-8d %-22s %18.0f %18.0f %7.2fx%n", clients,
                        projecting ? "running (live)" : "paused (append only)", raw, axon, axon / raw);
            }
        }
        System.out.println();
    }

    /** Commits per second of {@code clients} threads each doing {@code perClient} units. */
    private static double measure(int clients, int perClient, CheckedRunnable unit) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> done = new ArrayList<>();
            long start = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perClient; i++) {
                        unit.run();
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return clients * perClient / seconds;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void requestBooking(CommandGateway gateway, AtomicLong slots) {
        RequestBooking command = booking(slots.incrementAndGet());
        gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metadata()));
    }

    private static void rawInsert(DataSource dataSource, Serializer serializer, AtomicLong slots) throws Exception {
        RequestBooking command = booking(slots.incrementAndGet());
        BookingRequested event = new BookingRequested(command.bookingId(), command.celebrantId(), command.partner1(),
                command.partner2(), command.ceremony(), command.ceremonyPackage(), Instant.now());
        SerializedObject<byte[]> payload = serializer.serialize(event, byte[].class);
        SerializedObject<byte[]> metadata = serializer.serialize(metadata(), byte[].class);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO bench_raw_event (eventidentifier, aggregateidentifier, sequencenumber, type, "timestamp",
                                                 payloadtype, payloadrevision, payload, metadata)
                    VALUES (?, ?, 0, 'Booking', ?, ?, '1', ?, ?)""")) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, command.bookingId());
                insert.setString(3, Instant.now().toString());
                insert.setString(4, payload.getType().getName());
                insert.setBytes(5, payload.getData());
                insert.setBytes(6, metadata.getData());
                insert.executeUpdate();
            }
            connection.commit();
        }
    }

    /**
     * A booking of a celebrant of its own, so that no two benchmark commands clash, spread over ten years
     * of dates and times as a practice's calendar is (identical slots would make the exclusion index degenerate).
     */
    private static RequestBooking booking(long n) {
        Person partner1 = new Person("Alex Smith", "alex@example.com", "0400 123 456", LocalDate.of(1990, 5, 17));
        Person partner2 = new Person("Sam Jones", "sam@example.com", "0400 654 321", LocalDate.of(1991, 7, 2));
        Ceremony ceremony = new Ceremony(new TimeSlot(LocalDate.of(2027, 1, 1).plusDays(n % 3650),
                LocalTime.of(9 + (int) (n % 9), 0), 60),
                new Venue("Fitzroy Gardens", "Wellington Pde", "East Melbourne", "3002"));
        return new RequestBooking(UUID.randomUUID().toString(), "bench-" + n, partner1, partner2, ceremony,
                new CeremonyPackage("Classic", 95_000));
    }

    private static MetaData metadata() {
        String requestId = UUID.randomUUID().toString();
        return MetaData.from(Map.of(MetadataKeys.ACTOR, "benchmark", MetadataKeys.REQUEST_ID, requestId,
                MetadataKeys.CORRELATION_ID, requestId, MetadataKeys.CAUSATION_ID, requestId));
    }

    @FunctionalInterface
    private interface CheckedRunnable {
        void run() throws Exception;
    }
}
