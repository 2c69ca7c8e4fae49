# The standard-library additions (root package, on every solution's class path) and LeetCode's three
# Kotlin Node classes (packages ktnode.next, ktnode.random and ktnode.graph, which the generated
# solution file imports for a question with that Node) compiled once by the compiler as the judge
# starts it ($compilerJvm, $kotlincClassPath, $kotlinc from language.json), writing a class-data archive of the
# compiler that makes each submission's compile start about a second sooner. The compiler is on the
# application class path (not behind Kotlin's Preloader, whose own class loader's classes the
# archive cannot hold).
# Kotlin 1.4's ArrayDeque (ArrayDeque.java, root package) is compiled by javac first.
cd /opt/clonecode/kotlin && javac -nowarn -d . ArrayDeque.java && /usr/bin/java $compilerJvm -XX:ArchiveClassesAtExit=/opt/clonecode/kotlin/kotlinc.jsa \
  -cp "$kotlincClassPath" $kotlinc -cp . -d . Compat.kt Node*.kt CcTrain.kt && rm -f ArrayDeque.java Compat.kt Node*.kt CcTrain.kt
# The same classes in cc.jar, on the run's class path after Java's cc.jar, and run.jsa, the archive
# of the classes a run loads, recorded from CcReflect running CcTrainSolution ($jvm and $runClassPath
# from language.json, the submission's directory "." left out; see Java's setup.sh).
jar --create --file cc.jar $(find . -name '*.class')
$jvm -XX:ArchiveClassesAtExit=/opt/clonecode/kotlin/run.jsa -cp "${runClassPath%:.}" \
  CcReflect train.json CcTrain.kt CcTrainSolution >/dev/null 3>/dev/null
$jvm -Xshare:on -XX:SharedArchiveFile=/opt/clonecode/kotlin/run.jsa -cp "$runClassPath" \
  CcReflect train.json CcTrain.kt CcTrainSolution >/dev/null 3>/dev/null
rm train.json
