using System;
using System.IO;
using System.Text;

public class Program {
    public static void Main() {
        var data = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(data[0]), q = int.Parse(data[1]);
        var prefix = new long[n + 1];
        for (int i = 0; i < n; i++) prefix[i + 1] = prefix[i] + long.Parse(data[2 + i]);
        var output = new StringBuilder();
        for (int k = 0, at = 2 + n; k < q; k++, at += 2) {
            output.Append(prefix[int.Parse(data[at + 1])] - prefix[int.Parse(data[at]) - 1]).Append('\n');
        }
        Console.Write(output);
    }
}
