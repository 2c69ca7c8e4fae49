using System;
using System.Text;

public class Program {
    public static void Main() {
        int n = int.Parse(Console.ReadLine().Trim());
        var output = new StringBuilder();
        for (int row = 1; row < 2 * n; row++) {
            int i = row <= n ? row : 2 * n - row;
            output.Append(' ', n - i).Append('*', 2 * i - 1).Append('\n');
        }
        Console.Write(output);
    }
}
