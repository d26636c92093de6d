package com.celebrantportal.app.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.celebrantportal.app.support.Bookings;
import com.celebrantportal.app.support.PortalClient.Answer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The set-based rules and the event store hold under concurrent HTTP requests. */
class BookingConcurrencyTest extends BookingHttpSupport {

    private static final int RACERS = 20;

    @Test
    void ofTwentyConcurrentRequestsForOverlappingSlotsExactlyOneIsBooked() throws Exception {
        String celebrant = Bookings.newCelebrant();
        LocalDate day = LocalDate.of(2027, 5, 8);

        List<Answer> answers = race(RACERS, i -> client.post(BOOKINGS,
                Bookings.request(celebrant, day, String.format("15:%02d", i))));

        assertThat(count(answers, answer -> answer.status() == 201)).as(answers.toString()).isEqualTo(1);
        assertThat(count(answers, answer -> answer.status() == 409
                && answer.code().equals("CELEBRANT_UNAVAILABLE"))).as(answers.toString()).isEqualTo(RACERS - 1);
        assertThat(bookingsRequestedFor(celebrant)).isEqualTo(1);
    }

    @Test
    void ofTwentyCeremoniesRacingForOneCertificateSerialExactlyOneRecordsIt() throws Exception {
        List<String> bookings = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            bookings.add(readyToPerform(Bookings.newCelebrant()));
        }
        String serial = "F15-" + UUID.randomUUID();

        List<Answer> answers = race(RACERS, i -> recordPerformed(bookings.get(i), HELD, serial));

        assertThat(count(answers, answer -> answer.status() == 200)).as(answers.toString()).isEqualTo(1);
        assertThat(count(answers, answer -> answer.status() == 409
                && answer.code().equals("CERTIFICATE_SERIAL_USED"))).as(answers.toString()).isEqualTo(RACERS - 1);
        assertThat(bookings.stream().mapToLong(this::storedEventsOf).sum()).isEqualTo(RACERS * 5L + 1);
    }

    @Test
    void concurrentCommandsOnOneBookingWithoutIfMatchAllSucceedOneAfterTheOther() throws Exception {
        String id = requestBooking(COMING);
        int updates = 10;

        List<Answer> answers = race(updates, i -> updatePlan(id, "Version " + i));

        assertThat(answers).as(answers.toString()).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(200));
        assertThat(answers.stream().map(answer -> answer.body().path("version").asLong()).sorted().toList())
                .isEqualTo(LongStream.rangeClosed(2, 1 + updates).boxed().toList());
        assertThat(storedEventsOf(id)).isEqualTo(1 + updates);
    }

    /** Sends the requests from as many threads at once, released together by a start gate. */
    private static List<Answer> race(int racers, IntFunction<Answer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            CountDownLatch ready = new CountDownLatch(racers);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Answer>> futures = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                int racer = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return request.apply(racer);
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            start.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long count(List<Answer> answers, Predicate<Answer> which) {
        return answers.stream().filter(which).count();
    }
}
