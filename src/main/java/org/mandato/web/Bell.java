package org.mandato.web;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * What a background worker waits on between passes: a ring when there is work now, else the poll
 * interval; and, once, the application stopping. A ring while the worker is busy is kept for its
 * next wait, so no change is missed between two passes.
 */
public final class Bell {

    private boolean rung;
    private boolean stopping;

    /** Asks for a pass now rather than at the next poll. */
    public synchronized void ring() {
        rung = true;
        notifyAll();
    }

    /** Waits for a ring or {@code poll}, whichever comes first; false when the application stops (or the wait is interrupted). */
    public synchronized boolean awaitRingOrPoll(Duration poll) {
        long deadline = System.nanoTime() + poll.toNanos();
        try {
            while (!rung && !stopping) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        } catch (InterruptedException e) {
            return false;
        }
        rung = false;
        return !stopping;
    }

    /** Wakes the worker for good: its wait answers false from now on. */
    public synchronized void stop() {
        stopping = true;
        notifyAll();
    }
}
