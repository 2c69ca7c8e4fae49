# The support classes (CcJudge, CcReflect, CcNodes, CcBuild, CcDesign, ListNode, TreeNode, and LeetCode's
# three Node classes in packages nextnode, randomnode and graphnode), compiled once by javac as the
# judge starts it ($javac, from language.json), writing a class-data archive of javac that starts
# each submission's compile about 200 ms sooner.
cd /opt/clonecode/java && $javac -J-XX:ArchiveClassesAtExit=/opt/clonecode/java/javac.jsa -d . *.java */*.java && rm -f *.java */*.java
