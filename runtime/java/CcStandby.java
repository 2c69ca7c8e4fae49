import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * A run started before its job (language.json's "standby"; the runner's Standby, docs/SANDBOX.md):
 * warms up the driver's support, waits for standard input to close, which is the runner's sign
 * that the job's files are in the directory, then runs the class named first with the other
 * arguments, as `java CLASS ARGS...` would. The class path's "." is read as classes load, so the
 * job's classes are found although they did not exist when the JVM started.
 */
public final class CcStandby {
    private CcStandby() {}

    public static void main(String[] argv) throws Throwable {
        CcJudge.warmUp();
        while (System.in.read() >= 0) { }
        Method main = Class.forName(argv[0]).getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) Arrays.copyOfRange(argv, 1, argv.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
