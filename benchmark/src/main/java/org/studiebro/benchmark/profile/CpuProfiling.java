package org.studiebro.benchmark.profile;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.sun.tools.attach.AgentLoadException;
import com.sun.tools.attach.AgentInitializationException;
import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;
import org.studiebro.benchmark.measure.PlatformProcess;

/**
 * CPU profiles of the platform's JVMs while a pipeline run is under way: async-profiler's agent is loaded into each
 * running JVM through the Attach API (as its own asprof does), started with CPU sampling, and at the end asked for
 * the collapsed stacks and a flame graph (HTML) per process. A JVM that refuses the agent is left out with a
 * warning; the run goes on.
 */
public final class CpuProfiling {

    private final Path library;
    private final List<PlatformProcess> profiled;
    private final PrintStream out;
    private List<ProcessProfile> profiles;

    private CpuProfiling(Path library, List<PlatformProcess> profiled, PrintStream out) {
        this.library = library;
        this.profiled = profiled;
        this.out = out;
    }

    /** Starts sampling every {@code interval} of CPU time in each process. */
    public static CpuProfiling start(List<PlatformProcess> processes, Path workDirectory, Duration interval,
            PrintStream out) {
        Path library = ProfilerLibrary.extractTo(workDirectory);
        List<PlatformProcess> started = new ArrayList<>();
        for (PlatformProcess process : processes) {
            if (command(process, library, "start,event=cpu,interval=" + interval.toMillis() + "ms", out)) {
                started.add(process);
            }
        }
        return new CpuProfiling(library, started, out);
    }

    /**
     * Stops sampling and writes {@code <process>.collapsed} and the flame graph {@code <process>.html} into
     * {@code directory}; called again, returns the same profiles without asking the processes a second time.
     */
    public synchronized List<ProcessProfile> stop(Path directory) {
        if (profiles == null) {
            profiles = collect(directory);
        }
        return profiles;
    }

    private List<ProcessProfile> collect(Path directory) {
        List<ProcessProfile> profiles = new ArrayList<>();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            out.println("Profiler: could not create " + directory + ": " + e.getMessage());
            return profiles;
        }
        for (PlatformProcess process : profiled) {
            Path collapsed = directory.resolve(process.name() + ".collapsed").toAbsolutePath();
            Path flameGraph = directory.resolve(process.name() + ".html").toAbsolutePath();
            boolean dumped = command(process, library, "dump,collapsed,file=" + collapsed, out);
            boolean stopped = command(process, library, "stop,file=" + flameGraph, out);
            if (dumped && stopped && Files.isRegularFile(collapsed)) {
                profiles.add(ProcessProfile.of(process.name(), CollapsedStacks.read(collapsed), flameGraph));
            }
        }
        return profiles;
    }

    private static boolean command(PlatformProcess process, Path library, String options, PrintStream out) {
        try {
            VirtualMachine vm = VirtualMachine.attach(Long.toString(process.pid()));
            try {
                vm.loadAgentPath(library.toString(), options);
                return true;
            } finally {
                vm.detach();
            }
        } catch (AttachNotSupportedException | IOException | AgentLoadException | AgentInitializationException e) {
            out.println("Profiler: " + process.name() + " (pid " + process.pid() + ") refused '" + options + "': "
                    + e.getMessage());
            return false;
        }
    }
}
