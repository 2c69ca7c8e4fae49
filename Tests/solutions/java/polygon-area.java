import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        long[] x = new long[n], y = new long[n];
        for (int i = 0; i < n; i++) {
            in.nextToken();
            x[i] = (long) in.nval;
            in.nextToken();
            y[i] = (long) in.nval;
        }
        long twice = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            twice += x[i] * y[j] - x[j] * y[i];
        }
        System.out.println(Math.abs(twice) / 2.0);
    }
}
