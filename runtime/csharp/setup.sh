# The driver (and ListNode, TreeNode) compiled once; solutions are compiled against it.
cd /opt/clonecode/csharp && mcs -debug -optimize+ -out:CcDriver.exe CcDriver.cs && rm -f CcDriver.cs
