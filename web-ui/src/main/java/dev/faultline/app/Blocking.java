package dev.faultline.app;

import java.util.concurrent.Callable;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import dev.faultline.app.Blocking;

/**
 * Blocking work of a request (a Neo4j read, a render, a password hash) run off the server's
 * request threads, on Reactor's bounded elastic scheduler, and answered from another thread.
 *
 * <p>Why the second thread: when the work throws (a 404, a 409), Reactor's {@code subscribeOn} of
 * a callable cancels its own task, and the thread that subscribed, if it is late, then disposes
 * that task with an interrupt. Were the answer written on the worker, Tomcat would find the thread
 * interrupted, drop the connection and send nothing ("The current thread was interrupted"): seen on
 * about 3 in 100 answers 409 from {@code POST /api/ingest/analyze}, none since the answer is
 * written on the parallel scheduler, which nobody interrupts.
 */
public final class Blocking {

    private Blocking() {
    }

    /** {@code work} on the bounded elastic scheduler; its value or error continues on the parallel one. */
    public static <T> Mono<T> call(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic()).publishOn(Schedulers.parallel());
    }
}
