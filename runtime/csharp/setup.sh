# The driver (and ListNode, TreeNode, and the .NET APIs Mono lacks, from Compat.cs) compiled once;
# solutions are compiled against it. Programs are compiled with Compat.cs itself.
cd /opt/clonecode/csharp && mcs -debug -optimize+ -nowarn:414 -out:CcDriver.exe CcDriver.cs Compat.cs && rm -f CcDriver.cs
