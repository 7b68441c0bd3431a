package nianbao.ui;

import java.time.Duration;
import java.util.concurrent.Executor;

/** Runs every task at once on the calling thread, handlers included, so a test sees each outcome as the call returns. */
final class CurrentThreadTaskExecutor implements TaskExecutor {
    @Override
    public <B extends BackgroundTask<?>> B execute(Lane lane, B task) {
        task.submitted(Runnable::run);
        task.runHere();
        return task;
    }

    @Override
    public Executor lane(Lane lane) {
        return Runnable::run;
    }

    @Override
    public boolean shutdown(Duration wait) {
        return true;
    }
}
