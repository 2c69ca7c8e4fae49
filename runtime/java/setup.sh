# The support classes (CcJudge, CcReflect, ListNode, TreeNode), compiled once.
cd /opt/clonecode/java && javac -nowarn -d . *.java && rm -f *.java
