
/// Kotlin submissions run under the JVM languages' reflective driver (runtime/java/CcReflect.java),
/// which calls the compiled `Solution` with arguments decoded by the signature's types; the node
/// classes are Java's, which Kotlin uses as LeetCode's (`ListNode(5)`, `node.next`, ``node.`val` ``).
/// LeetCode's imports go on the solution's first line, so compiler messages keep its line numbers.
public enum KotlinDriver {
    /// What LeetCode's Kotlin environment imports for every solution, besides Kotlin's own defaults.
    static let imports = ["java.util.*", "kotlin.math.*"]

    /// solution.kt: the imports, then the solution as it was written.
    public static func source(_ solution: String) -> String {
        imports.map { "import \($0);" }.joined(separator: " ") + " " + solution
    }

    /// The Kotlin compiler (Debian's kotlinc 1.3, started straight from its jars with the image's
    /// class-data archive of the compiler) compiling `file` against the judge's Java classes and
    /// the standard-library additions of runtime/kotlin/Compat.kt.
    static func compile(_ file: String) -> [String] {
        ["/usr/bin/java", "-Xmx512m", "-Xss16m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
         "-XX:SharedArchiveFile=/opt/clonecode/kotlin/kotlinc.jsa", "-Xshare:auto", "-Dkotlin.home=/usr/share/kotlin/kotlinc",
         "-cp", "/usr/share/kotlin/kotlinc/lib/kotlin-preloader.jar", "org.jetbrains.kotlin.preloading.Preloader",
         "-cp", "/usr/share/kotlin/kotlinc/lib/kotlin-compiler.jar", "org.jetbrains.kotlin.cli.jvm.K2JVMCompiler",
         "-nowarn", "-cp", "/opt/clonecode/java:/opt/clonecode/kotlin", "-d", ".", file]
    }

    /// The class path of a compiled solution or program.
    static let classPath = ".:/opt/clonecode/java:/opt/clonecode/kotlin:/usr/share/java/kotlin-stdlib.jar"
}
