# Compiled once in the image with the judge's flags ($cxx, from language.json: a precompiled header
# applies only then): the prelude (<bits/stdc++.h>, ListNode, TreeNode) as a precompiled header with
# its templates instantiated, the driver's question-independent part (driver.o) and the sanitizer's
# options (asan-options.o), linked with every program; and <bits/stdc++.h> alone for whole programs
# (program questions).
cd /opt/clonecode/cpp
/usr/bin/clang++-19 $cxx -fpch-instantiate-templates -x c++-header prelude.hpp -o prelude.hpp.pch
/usr/bin/clang++-19 $cxx -include-pch prelude.hpp.pch -c driver.cpp -o driver.o && rm driver.cpp
/usr/bin/clang++-19 $cxx -c asan-options.cpp -o asan-options.o && rm asan-options.cpp
/usr/bin/clang++-19 $cxx -fpch-instantiate-templates -x c++-header \
  /usr/include/x86_64-linux-gnu/c++/14/bits/stdc++.h -o stdc++.pch
