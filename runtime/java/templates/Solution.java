import java.util.*; import java.util.function.*; import java.util.stream.*; import java.math.*; import java.util.concurrent.*; import java.util.concurrent.atomic.*; import java.util.regex.*; {{imports}}{{solution}}
class __Driver {
    public static void main(String[] argv) throws Exception {
        CcJudge.main(argv[0], args -> {
{{decodes}}
            {{answer}}
        });
    }
}
