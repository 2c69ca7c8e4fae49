# The support classes (CcJudge, CcReflect, CcNodes, CcBuild, CcDesign, ListNode, TreeNode, and LeetCode's
# three Node classes in packages nextnode, randomnode and graphnode), compiled once by javac as the
# judge starts it ($javac, from language.json), writing a class-data archive of javac that starts
# each submission's compile about 200 ms sooner.
cd /opt/clonecode/java && $javac -J-XX:ArchiveClassesAtExit=/opt/clonecode/java/javac.jsa -d . *.java */*.java && rm -f *.java */*.java
# The same classes in cc.jar, first on the run's class path (a class-data archive holds classes of
# jars only, and of a class path's leading entries), and run.jsa, the archive of the classes a run
# loads, recorded from a run of CcTrain ($jvm and $runClassPath from language.json, the submission's
# directory "." left out). -Xshare:on then fails the build if the archive cannot be used.
jar --create --file cc.jar $(find . -name '*.class')
$jvm -XX:ArchiveClassesAtExit=/opt/clonecode/java/run.jsa -cp "${runClassPath%:.}" CcTrain train.json >/dev/null 3>/dev/null
$jvm -Xshare:on -XX:SharedArchiveFile=/opt/clonecode/java/run.jsa -cp "$runClassPath" CcTrain train.json >/dev/null 3>/dev/null
rm train.json
