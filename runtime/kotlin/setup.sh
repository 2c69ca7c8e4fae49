# The standard-library additions compiled once (root package, on every solution's class path) by the
# compiler as the judge starts it ($compilerJvm, $kotlinc from language.json), writing a class-data
# archive of the compiler that makes each submission's compile start about a second sooner.
cd /opt/clonecode/kotlin && /usr/bin/java $compilerJvm -XX:ArchiveClassesAtExit=/opt/clonecode/kotlin/kotlinc.jsa \
  $kotlinc -d . Compat.kt && rm -f Compat.kt
