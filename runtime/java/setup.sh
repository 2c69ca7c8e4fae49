# The support classes (CcJudge, CcReflect, CcNodes, CcBuild, CcDesign, ListNode, TreeNode, and LeetCode's
# three Node classes in packages nextnode, randomnode and graphnode), compiled once.
cd /opt/clonecode/java && javac -nowarn -d . *.java */*.java && rm -f *.java */*.java
