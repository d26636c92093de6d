package com.celebrantportal.app.lifecycle;

import org.springframework.context.SmartLifecycle;

/**
 * One step of an orderly stop, run in a given lifecycle phase (higher phases stop first), so that each
 * resource goes only after everything that uses it has stopped.
 */
public final class ShutdownStep implements SmartLifecycle {

    private final int phase;
    private final Runnable step;
    private volatile boolean running;

    public ShutdownStep(int phase, Runnable step) {
        this.phase = phase;
        this.step = step;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        step.run();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return phase;
    }
}
