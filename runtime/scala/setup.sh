# The support (CcScala, LeetCode's Scala ListNode and TreeNode, and in CcNodes its three Node classes,
# each in a package of its own) compiled once beside copies of the Java driver's CcJudge and
# CcStandby classes (not Java's nodes, whose names Scala's take), by scalac as the judge starts it ($compilerJvm,
# $scalacClassPath, $scalac from language.json), writing a class-data archive of scalac.
cd /opt/clonecode/scala && cp /opt/clonecode/java/CcJudge*.class /opt/clonecode/java/CcStandby.class . && /usr/bin/java $compilerJvm \
  -XX:ArchiveClassesAtExit=/opt/clonecode/scala/scalac.jsa -cp "$scalacClassPath" $scalac \
  -classpath /usr/share/scala-2.11/lib/scala-library.jar:. -d . CcScala.scala CcScala213.scala CcNodes.scala CcTrain.scala \
  && rm -f CcScala.scala CcScala213.scala CcNodes.scala CcTrain.scala
# The same classes in cc.jar, first on the run's class path, and run.jsa, the archive of the classes
# a run loads, recorded from a run of CcTrain ($jvm and $runClassPath from language.json, the
# submission's directory "." left out; see Java's setup.sh).
jar --create --file cc.jar $(find . -name '*.class')
$jvm -XX:ArchiveClassesAtExit=/opt/clonecode/scala/run.jsa -cp "${runClassPath%:.}" \
  CcTrain train.json >/dev/null 3>/dev/null
$jvm -Xshare:on -XX:SharedArchiveFile=/opt/clonecode/scala/run.jsa -cp "$runClassPath" \
  CcTrain train.json >/dev/null 3>/dev/null
rm train.json
