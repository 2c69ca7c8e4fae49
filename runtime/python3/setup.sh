# The driver's bytecode, compiled once.
/usr/bin/python3 -m compileall -q /opt/clonecode/python3
