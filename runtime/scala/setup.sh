# The support (CcScala, LeetCode's Scala ListNode and TreeNode, and in CcNodes its three Node classes,
# each in a package of its own) compiled once beside copies of the Java driver's CcJudge classes (not
# Java's nodes, whose names Scala's take), by scalac as the judge starts it ($compilerJvm, $scalac from
# language.json), writing a class-data archive of scalac.
cd /opt/clonecode/scala && cp /opt/clonecode/java/CcJudge*.class . && /usr/bin/java $compilerJvm \
  -XX:ArchiveClassesAtExit=/opt/clonecode/scala/scalac.jsa $scalac \
  -classpath /usr/share/scala-2.11/lib/scala-library.jar:. -d . CcScala.scala CcScala213.scala CcNodes.scala && rm -f CcScala.scala CcScala213.scala CcNodes.scala
