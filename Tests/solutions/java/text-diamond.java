import java.util.*;

public class Main {
    public static void main(String[] args) {
        int n = new Scanner(System.in).nextInt();
        StringBuilder out = new StringBuilder();
        for (int row = 1; row < 2 * n; row++) {
            int i = row <= n ? row : 2 * n - row;
            out.append(" ".repeat(n - i)).append("*".repeat(2 * i - 1)).append('\n');
        }
        System.out.print(out);
    }
}
