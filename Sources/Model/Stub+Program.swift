/// Stubs of program questions: a whole program that reads standard input and prints the answer,
/// in the file and class the judge compiles (`Main` in Java).
extension Stub {
    /// The program stub for `language`.
    public static func program(in language: Language) -> String {
        let lines: [String]
        switch language {
        case .python3:
            lines = ["import sys", "", "", "def main() -> None:", "    data = sys.stdin.read().split()",
                     "    # Read the input from data and print the answer.", "", "", "main()"]
        case .cpp:
            lines = ["#include <bits/stdc++.h>", "using namespace std;", "", "int main() {",
                     "    ios::sync_with_stdio(false);", "    cin.tie(nullptr);",
                     "    // Read the input with cin and print the answer with cout.", "    return 0;", "}"]
        case .c:
            lines = ["#include <stdio.h>", "", "int main(void) {",
                     "    // Read the input with scanf and print the answer with printf.", "    return 0;", "}"]
        case .java:
            lines = ["import java.io.*;", "import java.util.*;", "", "public class Main {",
                     "    public static void main(String[] args) throws IOException {",
                     "        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));",
                     "        // Read the input from in and print the answer with System.out.", "    }", "}"]
        case .go:
            lines = ["package main", "", "import (", "\t\"bufio\"", "\t\"fmt\"", "\t\"os\"", ")", "", "func main() {",
                     "\tin := bufio.NewReader(os.Stdin)", "\tout := bufio.NewWriter(os.Stdout)", "\tdefer out.Flush()",
                     "\t// Read the input with fmt.Fscan(in, ...) and print the answer with fmt.Fprintln(out, ...).",
                     "\t_, _ = in, fmt.Fprint", "}"]
        case .rust:
            lines = ["use std::io::{self, Read, Write};", "", "fn main() {", "    let mut input = String::new();",
                     "    io::stdin().read_to_string(&mut input).unwrap();",
                     "    let mut tokens = input.split_ascii_whitespace();",
                     "    let mut out = io::BufWriter::new(io::stdout().lock());",
                     "    // Read the input from tokens and print the answer with writeln!(out, ...).",
                     "    let _ = (&mut tokens, out.flush());", "}"]
        case .javascript:
            lines = ["const lines = require(\"fs\").readFileSync(0, \"utf8\").split(\"\\n\");",
                     "// Read the input from lines and print the answer with console.log."]
        case .typescript:
            lines = ["import { readFileSync } from \"fs\";", "",
                     "const lines: string[] = readFileSync(0, \"utf8\").split(\"\\n\");",
                     "// Read the input from lines and print the answer with console.log."]
        case .csharp:
            lines = ["using System;", "using System.IO;", "", "public class Program {", "    public static void Main() {",
                     "        string input = Console.In.ReadToEnd();",
                     "        // Read the input from input and print the answer with Console.WriteLine.", "    }", "}"]
        case .swift:
            lines = ["import Foundation", "", "var lines: [String] = []", "while let line = readLine() { lines.append(line) }",
                     "// Read the input from lines and print the answer with print."]
        case .scala:
            lines = ["object Main {", "  def main(args: Array[String]): Unit = {",
                     "    val lines = scala.io.Source.stdin.getLines().toList",
                     "    // Read the input from lines and print the answer with println.", "  }", "}"]
        case .kotlin:
            lines = ["fun main() {", "    val lines = generateSequence(::readLine).toList()",
                     "    // Read the input from lines and print the answer with println.", "}"]
        case .ruby:
            lines = ["lines = $stdin.read.split(\"\\n\")", "# Read the input from lines and print the answer with puts."]
        case .php:
            lines = ["<?php", "", "$lines = explode(\"\\n\", stream_get_contents(STDIN));",
                     "// Read the input from $lines and print the answer with echo."]
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
