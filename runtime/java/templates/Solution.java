import java.util.*; import java.util.function.*; import java.util.stream.*; import java.math.*; import java.util.concurrent.*; import java.util.concurrent.atomic.*; import java.util.regex.*; {{imports}}{{solution}}
class __Driver {
    public static void main(String[] argv) throws Exception {
        CcJudge.main(argv[0], new CcJudge.Test() { public String run(List<Object> args) throws Throwable {
{{decodes}}
            {{answer}}
        } });
    }
}
