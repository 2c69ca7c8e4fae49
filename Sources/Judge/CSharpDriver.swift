
/// C# submissions: compiled by Mono's C# compiler into a library that references the judge's driver
/// (runtime/csharp/CcDriver.cs, compiled into the image), which loads it, calls the method the
/// signature names on a fresh `Solution` per test and reports each answer. LeetCode's usings go on
/// the solution's first line, so compiler messages keep its line numbers.
public enum CSharpDriver {
    /// The namespaces LeetCode's C# environment opens for every solution.
    static let usings = ["System", "System.Collections.Generic", "System.Linq", "System.Text", "System.Numerics"]

    /// Solution.cs: the usings, then the solution as it was written.
    public static func source(_ solution: String) -> String {
        usings.map { "using \($0);" }.joined(separator: " ") + " " + solution
    }

    /// mcs with the judge's references; `output` is a library (a solution) or a program.
    static func compile(_ file: String, library: Bool) -> [String] {
        ["/usr/bin/mcs", "-debug", "-optimize+", "-nowarn:105,168,219,414,649", "-r:System.Numerics.dll"]
            + (library ? ["-target:library", "-r:/opt/clonecode/csharp/CcDriver.exe", "-out:solution.dll"] : ["-out:main.exe"])
            + [file]
    }
}
