import java.io.FileOutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * A run started before its job (language.json's "standby"; the runner's Standby, docs/SANDBOX.md):
 * warms up the driver's support, says so with an empty line on descriptor 3 (which the runner reads
 * before the job's clocks start), waits for standard input to close, the runner's sign that the
 * job's files are in the directory, then runs the class named first with the other arguments, as
 * `java CLASS ARGS...` would. The class path's "." is read as classes load, so the
 * job's classes are found although they did not exist when the JVM started.
 */
public final class CcStandby {
    private CcStandby() {}

    public static void main(String[] argv) throws Throwable {
        int first = 0;
        for (; first < argv.length && argv[first].startsWith("+"); first++) Class.forName(argv[first].substring(1));
        CcJudge.warmUp();
        FileOutputStream ready = new FileOutputStream(CcJudge.descriptor(3));
        ready.write('\n');
        while (System.in.read() >= 0) { }
        Method main = Class.forName(argv[first]).getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) Arrays.copyOfRange(argv, first + 1, argv.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
