import java.io.*;
import java.util.*;

public class Main {
    static BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
    static StringTokenizer tokens = new StringTokenizer("");

    static String next() throws IOException {
        while (!tokens.hasMoreTokens()) tokens = new StringTokenizer(in.readLine());
        return tokens.nextToken();
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(next()), q = Integer.parseInt(next());
        long[] prefix = new long[n + 1];
        for (int i = 0; i < n; i++) prefix[i + 1] = prefix[i] + Long.parseLong(next());
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < q; k++) {
            int l = Integer.parseInt(next()), r = Integer.parseInt(next());
            out.append(prefix[r] - prefix[l - 1]).append('\n');
        }
        System.out.print(out);
    }
}
