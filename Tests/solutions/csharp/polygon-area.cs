using System;
using System.Globalization;
using System.Linq;

public class Program {
    public static void Main() {
        var v = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).ToArray();
        long n = v[0], twice = 0;
        for (long i = 0; i < n; i++) {
            long j = (i + 1) % n;
            twice += v[1 + 2 * i] * v[2 + 2 * j] - v[1 + 2 * j] * v[2 + 2 * i];
        }
        Console.WriteLine((Math.Abs(twice) / 2.0).ToString("F1", CultureInfo.InvariantCulture));
    }
}
