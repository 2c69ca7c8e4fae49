import java.io.*;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;

/**
 * A resident compile server for a JVM compiler (javac's com.sun.tools.javac.Main, Kotlin's
 * K2JVMCompiler, Scala's scala.tools.nsc.Main):
 * the runner starts it once per container, as a uid of its own, in a private directory, and sends it
 * one compile at a time on standard input; its JIT-compiled compiler then takes a fraction of a cold
 * compiler's time. Nothing of one compile reaches the next: each gets a fresh compiler instance (no
 * symbol table, class path or reporter is shared) and a fresh directory that is removed afterwards.
 * The compilers run no code of a submission (no plugins, annotation processors or macros are
 * enabled by the arguments the judge gives).
 *
 * <p>Usage: {@code java -cp COMPILER:cc.jar CcCompileServer MAIN_CLASS}. A request is a number of
 * warm-up rounds (0 for a compile), the compile's argument array as it would run in a job's box (an
 * optional rewriting wrapper, prep.py, then the java command ending with MAIN_CLASS and the
 * compiler's arguments; or, for javac, the javac command, whose -J options are the launcher's),
 * then its files. A warm-up compiles them that many times (30 s at most),
 * drops the results and answers READY; a compile's answer is
 * the exit code (-1: the server failed, not the compile), the compiler's output, and every file the
 * compile left (sources included, as the wrapper rewrote them). Integers are 4 bytes, big-endian; strings and contents carry their length.
 * Paths in the output are shown relative to the compile's directory, as a compile in the box shows.
 */
final class CcCompileServer {
    private CcCompileServer() {}

    /** The most a request or an answer may hold. */
    static final int LIMIT = 64 << 20;

    public static void main(String[] argv) throws Exception {
        String mainClass = argv[0];
        Class<?> compiler = Class.forName(mainClass);
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16));
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        PrintStream stdout = System.out, stderr = System.err;
        Path home = Paths.get("").toAbsolutePath();
        for (long number = 0;; number++) {
            int rounds;
            try {
                rounds = in.readInt();
            } catch (EOFException end) {
                return;
            }
            int argc = in.readInt();
            List<String> args = new ArrayList<>();
            for (int i = 0; i < argc; i++) args.add(new String(bytes(in), StandardCharsets.UTF_8));
            int count = in.readInt();
            Path dir = home.resolve("c" + number);
            Files.createDirectory(dir);
            Set<String> names = new HashSet<>();
            for (int i = 0; i < count; i++) {
                String name = new String(bytes(in), StandardCharsets.UTF_8);
                byte[] content = bytes(in);
                Path file = dir.resolve(name).normalize();
                if (name.isEmpty() || name.startsWith("/") || !file.startsWith(dir) || file.equals(dir)) throw new IOException("bad file name " + name);
                Files.createDirectories(file.getParent());
                Files.write(file, content, StandardOpenOption.CREATE_NEW);
                names.add(name);
            }
            if (rounds > 0) {
                // A warm-up: the compile again and again (each in a fresh compiler and a fresh copy
                // of the files), its results dropped, until the JIT has compiled the compiler; then
                // READY instead of an answer.
                long until = System.nanoTime() + WARM_UP_NANOS;
                for (int round = 0; round < rounds && System.nanoTime() < until; round++) {
                    Path copy = home.resolve("w" + number + "-" + round);
                    copyTree(dir, copy);
                    try {
                        compile(compiler, mainClass, args, names, copy, new ByteArrayOutputStream());
                    } catch (Throwable t) {
                        // a warm-up that fails warms nothing more: the server is ready anyway
                    } finally {
                        System.setOut(stdout);
                        System.setErr(stderr);
                    }
                    delete(copy);
                }
                delete(dir);
                out.writeInt(READY);
                out.flush();
                continue;
            }
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            int code;
            try {
                code = compile(compiler, mainClass, args, names, dir, output);
            } catch (Throwable t) {
                code = -1;  // the server failed, not the compile: the runner compiles in the box instead
            } finally {
                System.setOut(stdout);
                System.setErr(stderr);
            }
            String text = output.toString(StandardCharsets.UTF_8).replace(dir + "/", "").replace(home.relativize(dir) + "/", "");
            List<Path> files;
            try (Stream<Path> walk = Files.walk(dir)) {
                files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().collect(Collectors.toList());
            }
            out.writeInt(code);
            write(out, text.getBytes(StandardCharsets.UTF_8));
            out.writeInt(files.size());
            long total = 0;
            for (Path file : files) {
                byte[] content = Files.readAllBytes(file);
                total += content.length;
                if (total > LIMIT) throw new IOException("the compile left more than " + LIMIT + " bytes");
                write(out, dir.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                write(out, content);
            }
            out.flush();
            delete(dir);
        }
    }

    /** javac's entry point. */
    static final String JAVAC = "com.sun.tools.javac.Main";

    /** What a warm-up answers once it is done: "CCRY". */
    static final int READY = 0x43435259;
    /** A warm-up ends after this long, however many rounds are left. */
    static final long WARM_UP_NANOS = 30_000_000_000L;

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.collect(Collectors.toList())) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) Files.delete(p);
        }
    }

    /** One compile in `dir`: the wrapper's rewrite, the compiler, the wrapper's note; the exit code. */
    static int compile(Class<?> compiler, String mainClass, List<String> args, Set<String> names, Path dir,
                       ByteArrayOutputStream output) throws Exception {
        boolean javac = mainClass.equals(JAVAC);
        int java = args.indexOf(javac ? "/usr/bin/javac" : "/usr/bin/java"), main = javac ? java : args.indexOf(mainClass);
        if (java < 0 || main < java) throw new IllegalArgumentException("not a compile of " + mainClass);
        List<String> wrapper = args.subList(0, java);
        if (!wrapper.isEmpty()) run(wrapper, dir, null);  // prep.py FILE: the rewrite only
        List<String> compilerArgs = new ArrayList<>();
        for (String a : args.subList(main + 1, args.size())) {
            if (javac && a.startsWith("-J")) continue;  // the launcher's JVM options
            compilerArgs.add(a.equals(".") ? dir.toString() : names.contains(a) ? dir.resolve(a).toString() : a);
        }
        if (javac && Collections.disjoint(compilerArgs, List.of("-cp", "-classpath", "--class-path"))) {
            // javac's class path is its working directory when none is given: the compile's.
            compilerArgs.addAll(0, List.of("-cp", dir.toString()));
        }
        String[] array = compilerArgs.toArray(new String[0]);
        PrintStream capture = new PrintStream(output, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        int code;
        if (javac) {
            // A new compiler context for each call.
            PrintWriter writer = new PrintWriter(capture, true);
            code = (Integer) compiler.getMethod("compile", String[].class, PrintWriter.class).invoke(null, array, writer);
            writer.flush();
        } else if (mainClass.startsWith("org.jetbrains.kotlin.")) {
            Object instance = compiler.getConstructor().newInstance();
            Object exit = compiler.getMethod("exec", PrintStream.class, String[].class).invoke(instance, capture, (Object) array);
            code = (Integer) exit.getClass().getMethod("getCode").invoke(exit);
        } else if (mainClass.startsWith("scala.tools.nsc.")) {
            Class<?> console = Class.forName("scala.Console");
            console.getMethod("setOut", PrintStream.class).invoke(null, capture);
            console.getMethod("setErr", PrintStream.class).invoke(null, capture);
            compiler.getMethod("process", String[].class).invoke(null, (Object) array);
            Object reporter = compiler.getMethod("reporter").invoke(null);
            code = (Boolean) reporter.getClass().getMethod("hasErrors").invoke(reporter) ? 1 : 0;
        } else {
            throw new IllegalArgumentException("no compile server for " + mainClass);
        }
        capture.flush();
        if (code != 0 && !wrapper.isEmpty()) {
            // prep.py --note: the note that names this compiler, when the output may need it.
            List<String> note = new ArrayList<>(wrapper.subList(0, wrapper.size() - 1));
            note.add("--note");
            output.write(run(note, dir, output.toByteArray()));
        }
        return code;
    }

    /** Runs a wrapper command in `dir`, `input` on its standard input; its standard output. */
    static byte[] run(List<String> command, Path dir, byte[] input) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        try (OutputStream stdin = process.getOutputStream()) {
            if (input != null) stdin.write(input);
        }
        byte[] result = process.getInputStream().readAllBytes();
        process.waitFor();
        return result;
    }

    static byte[] bytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > LIMIT) throw new IOException("a request's part of " + length + " bytes");
        byte[] b = new byte[length];
        in.readFully(b);
        return b;
    }

    static void write(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }
}
